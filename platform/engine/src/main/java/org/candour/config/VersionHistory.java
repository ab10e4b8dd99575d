package org.candour.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.candour.api.ApiException;
import org.candour.definition.ConfigDocument;
import org.candour.definition.JsonPatchDiff;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;

/** Lists, compares and verifies the published versions of the current tenant. */
@Service
public class VersionHistory {

	private final ConfigVersions versions;

	private final ConfigHeads heads;

	VersionHistory(ConfigVersions versions, ConfigHeads heads) {
		this.versions = versions;
		this.heads = heads;
	}

	public int activeNumber() {
		return this.heads.active();
	}

	public List<ConfigVersion> list() {
		return this.versions.list(this.heads.active());
	}

	public ConfigVersion get(int number) {
		if (number < 1 || number > this.heads.active()) {
			throw ApiException.notFound("No configuration version " + number);
		}
		return this.versions.find(number)
			.orElseThrow(() -> ApiException.notFound("No configuration version " + number));
	}

	/** Per document: added, removed or changed (with an RFC 6902 patch from a to b). */
	public List<DocumentChange> diff(int from, int to) {
		Map<String, ConfigDocument> before = byKey(get(from));
		Map<String, ConfigDocument> after = byKey(get(to));
		List<DocumentChange> changes = new ArrayList<>();
		before.forEach((key, doc) -> {
			ConfigDocument next = after.get(key);
			if (next == null) {
				changes.add(new DocumentChange(key, "removed", null));
			}
			else if (!next.content().equals(doc.content())) {
				changes.add(new DocumentChange(key, "changed", JsonPatchDiff.diff(doc.content(), next.content())));
			}
		});
		after.keySet()
			.stream()
			.filter(key -> !before.containsKey(key))
			.forEach(key -> changes.add(new DocumentChange(key, "added", null)));
		changes.sort(java.util.Comparator.comparing(DocumentChange::document));
		return changes;
	}

	/**
	 * Recomputes every version's content hash and the chain; reports the first broken
	 * version.
	 */
	public ChainReport verify() {
		String previous = "";
		int active = this.heads.active();
		for (int number = 1; number <= active; number++) {
			ConfigVersion version = this.versions.find(number).orElse(null);
			if (version == null) {
				return new ChainReport(false, number - 1, number, "version is missing");
			}
			if (!ConfigVersion.contentHash(version.documents()).equals(version.contentHash())) {
				return new ChainReport(false, number - 1, number, "documents do not match the content hash");
			}
			if (!version.previousHash().equals(previous)) {
				return new ChainReport(false, number - 1, number,
						"previous hash does not match version " + (number - 1));
			}
			if (!ConfigVersion
				.chainHash(number, version.publishedBy(), version.publishedAt(), version.comment(),
						version.contentHash(), version.previousHash())
				.equals(version.hash())) {
				return new ChainReport(false, number - 1, number, "version record does not match its hash");
			}
			previous = version.hash();
		}
		return new ChainReport(true, active, null, null);
	}

	private static Map<String, ConfigDocument> byKey(ConfigVersion version) {
		Map<String, ConfigDocument> map = new TreeMap<>();
		version.documents().forEach(doc -> map.put(doc.key(), doc));
		return map;
	}

	/**
	 * @param document {@code kind/id}
	 * @param change added, removed or changed
	 * @param patch RFC 6902 patch for a change
	 */
	public record DocumentChange(String document, String change, JsonNode patch) {
	}

	/**
	 * @param valid whether the whole chain checks out
	 * @param verified how many versions verified before the first break
	 * @param firstBroken the first version that does not verify
	 * @param problem what is wrong with it
	 */
	public record ChainReport(boolean valid, int verified, Integer firstBroken, String problem) {
	}

}
