package org.candour.config;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.candour.definition.ConfigDocument;
import tools.jackson.databind.JsonNode;

/**
 * A configuration version as the API shows it; documents only when asked for one version.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record VersionView(int number, boolean active, String publishedBy, Instant publishedAt, String comment,
		String contentHash, String previousHash, String hash, Integer rollbackOf, List<JsonNode> documents) {

	static VersionView summary(ConfigVersion version, int activeNumber) {
		return of(version, activeNumber, null);
	}

	static VersionView full(ConfigVersion version, int activeNumber) {
		return of(version, activeNumber,
				version.documents().stream().map(ConfigDocument::content).map(JsonNode.class::cast).toList());
	}

	private static VersionView of(ConfigVersion version, int activeNumber, List<JsonNode> documents) {
		return new VersionView(version.number(), version.number() == activeNumber, version.publishedBy(),
				version.publishedAt(), version.comment(), version.contentHash(), version.previousHash(), version.hash(),
				version.rollbackOf(), documents);
	}

}
