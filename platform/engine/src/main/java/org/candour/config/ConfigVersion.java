package org.candour.config;

import java.time.Instant;
import java.util.List;

import org.candour.definition.CanonicalJson;
import org.candour.definition.ConfigDocument;
import org.candour.definition.model.CompiledConfiguration;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An immutable, numbered configuration version of one tenant.
 *
 * @param number 1, 2, 3…
 * @param documents every document of the version
 * @param publishedBy who published it
 * @param publishedAt when
 * @param comment why
 * @param contentHash SHA-256 over the documents (canonical JSON)
 * @param previousHash the previous version's {@link #hash()}, "" for version 1
 * @param hash SHA-256 over this version's record, chaining it to the previous one
 * @param rollbackOf the version this one copies, when it is a rollback
 * @param model the documents compiled into the typed model the engines and pages read
 */
public record ConfigVersion(int number, List<ConfigDocument> documents, String publishedBy, Instant publishedAt,
		String comment, String contentHash, String previousHash, String hash, Integer rollbackOf,
		CompiledConfiguration model) {

	static ConfigVersion create(int number, CompiledConfiguration model, String publishedBy, Instant publishedAt,
			String comment, String previousHash, Integer rollbackOf) {
		String contentHash = contentHash(model.documents());
		String hash = chainHash(number, publishedBy, publishedAt, comment, contentHash, previousHash);
		return new ConfigVersion(number, model.documents(), publishedBy, publishedAt, comment, contentHash,
				previousHash, hash, rollbackOf, model);
	}

	static String contentHash(List<ConfigDocument> documents) {
		var array = JsonNodeFactory.instance.arrayNode();
		documents.stream()
			.sorted(java.util.Comparator.comparing(ConfigDocument::key))
			.forEach(doc -> array.add(doc.content()));
		return CanonicalJson.sha256(array);
	}

	static String chainHash(int number, String publishedBy, Instant publishedAt, String comment, String contentHash,
			String previousHash) {
		ObjectNode record = JsonNodeFactory.instance.objectNode();
		record.put("number", number);
		record.put("publishedBy", publishedBy);
		record.put("publishedAt", publishedAt.toString());
		record.put("comment", comment);
		record.put("contentHash", contentHash);
		record.put("previousHash", previousHash);
		return CanonicalJson.sha256(record);
	}

	public java.util.Optional<ConfigDocument> find(String kind, String id) {
		return this.documents.stream().filter(doc -> doc.kind().equals(kind) && doc.id().equals(id)).findFirst();
	}

}
