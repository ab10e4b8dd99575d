package org.candour.config;

import org.bson.Document;
import org.candour.tenancy.TenantContext;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Whether the current tenant has chosen the two-person rule ({@link PublishApprovals}).
 */
final class ApprovalRule {

	private ApprovalRule() {
	}

	static boolean required(MongoTemplate mongo) {
		Document rule = mongo.getCollection(ConfigCollections.APPROVALS).find(new Document("_id", ruleId())).first();
		return rule != null && rule.getBoolean("required", false);
	}

	static String ruleId() {
		return TenantContext.require().value() + ":rule";
	}

}
