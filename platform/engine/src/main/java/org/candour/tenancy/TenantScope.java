package org.candour.tenancy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.BsonDocument;
import org.bson.BsonDocumentWriter;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.codecs.Codec;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.configuration.CodecConfigurationException;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.conversions.Bson;

/**
 * The rewriting rules that keep one tenant's operations inside its own documents: filters
 * get a top-level {@code tenantId} equality (a plain key, so the embedded server's exact
 * key-set index matching still applies), written documents get {@code tenantId} stamped,
 * updates may not touch it, and aggregations start with a {@code $match} on it.
 */
final class TenantScope {

	static final String FIELD = "tenantId";

	private static final Set<String> CROSS_COLLECTION_STAGES = Set.of("$lookup", "$graphLookup", "$unionWith", "$out",
			"$merge", "$collStats", "$indexStats", "$currentOp", "$changeStream", "$listSessions");

	private final CurrentTenant tenant;

	private final CodecRegistry codecs;

	TenantScope(CurrentTenant tenant, CodecRegistry codecs) {
		this.tenant = tenant;
		this.codecs = codecs;
	}

	BsonDocument filter(Object filter) {
		BsonDocument original = filter == null ? new BsonDocument() : toBson((Bson) filter);
		BsonValue existing = original.get(FIELD);
		if (existing != null && !existing.equals(tenantValue())) {
			throw new TenantViolationException(
					"Query names tenant " + existing + " while running for tenant " + this.tenant.value());
		}
		BsonDocument scoped = new BsonDocument(FIELD, tenantValue());
		original.forEach((key, value) -> {
			if (!FIELD.equals(key)) {
				scoped.put(key, value);
			}
		});
		return scoped;
	}

	Object stamp(Object document) {
		if (document instanceof Document doc) {
			Object existing = doc.get(FIELD);
			checkOwner(existing);
			doc.put(FIELD, this.tenant.value());
			return doc;
		}
		if (document instanceof BsonDocument doc) {
			BsonValue existing = doc.get(FIELD);
			if (existing != null && !existing.equals(tenantValue())) {
				throw violation(existing);
			}
			doc.put(FIELD, tenantValue());
			return doc;
		}
		return stamp(encoded(document));
	}

	/**
	 * A typed document (e.g. a GridFS file entry) as the BSON its codec writes, so it can
	 * be stamped like any other; the driver stores a BsonDocument as it is.
	 */
	private BsonDocument encoded(Object document) {
		Codec<Object> codec;
		try {
			codec = this.codecs.get(rawClass(document));
		}
		catch (CodecConfigurationException ex) {
			throw new TenantViolationException("Cannot stamp the tenant on a " + document.getClass().getName());
		}
		BsonDocument encoded = new BsonDocument();
		codec.encode(new BsonDocumentWriter(encoded), document,
				EncoderContext.builder().isEncodingCollectibleDocument(true).build());
		return encoded;
	}

	@SuppressWarnings("unchecked")
	private static Class<Object> rawClass(Object document) {
		return (Class<Object>) document.getClass();
	}

	void checkUpdate(Object update) {
		if (!(update instanceof Bson bson)) {
			throw new TenantViolationException("Pipeline-style updates are not allowed on tenant-owned data");
		}
		if (bson instanceof org.bson.Document document) {
			// its operators' fields are read as they are, without encoding the values
			for (Map.Entry<String, Object> operator : document.entrySet()) {
				if (FIELD.equals(operator.getKey())
						|| operator.getValue() instanceof Map<?, ?> fields && fields.containsKey(FIELD)
						|| operator.getValue() instanceof Bson other && !(operator.getValue() instanceof Map<?, ?>)
								&& toBson(other).containsKey(FIELD)) {
					throw new TenantViolationException("An update may not change " + FIELD);
				}
			}
			return;
		}
		for (Map.Entry<String, BsonValue> operator : toBson(bson).entrySet()) {
			if (FIELD.equals(operator.getKey())
					|| operator.getValue().isDocument() && operator.getValue().asDocument().containsKey(FIELD)) {
				throw new TenantViolationException("An update may not change " + FIELD);
			}
		}
	}

	List<Bson> pipeline(List<?> stages) {
		List<Bson> scoped = new ArrayList<>(stages.size() + 1);
		scoped.add(new BsonDocument("$match", new BsonDocument(FIELD, tenantValue())));
		for (Object stage : stages) {
			BsonDocument bson = toBson((Bson) stage);
			for (String operator : bson.keySet()) {
				if (CROSS_COLLECTION_STAGES.contains(operator)) {
					throw new TenantViolationException(operator + " would leave the tenant's scope");
				}
			}
			scoped.add(bson);
		}
		return scoped;
	}

	private void checkOwner(Object existing) {
		if (existing != null && !this.tenant.value().equals(existing)) {
			throw violation(existing);
		}
	}

	private TenantViolationException violation(Object owner) {
		return new TenantViolationException("Document belongs to tenant " + owner + ", not to " + this.tenant.value());
	}

	private BsonString tenantValue() {
		return new BsonString(this.tenant.value());
	}

	private BsonDocument toBson(Bson bson) {
		return bson.toBsonDocument(BsonDocument.class, this.codecs);
	}

}
