package org.candour.mongo;

import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** True when no MongoDB URI is configured at all: the embedded default. */
class EmbeddedMongoCondition extends NoBootMongoUriCondition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return super.matches(context, metadata)
				&& !StringUtils.hasText(context.getEnvironment().getProperty("candour.mongodb.uri"));
	}

	static boolean isEmbedded(org.springframework.core.env.Environment env) {
		return !env.containsProperty("spring.mongodb.uri") && !env.containsProperty("spring.mongodb.host")
				&& !StringUtils.hasText(env.getProperty("candour.mongodb.uri"));
	}

}
