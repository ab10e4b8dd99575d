package org.candour.mongo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * True unless Boot's own {@code spring.mongodb.uri} or {@code spring.mongodb.host} is
 * set.
 */
class NoBootMongoUriCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment env = context.getEnvironment();
		return !env.containsProperty("spring.mongodb.uri") && !env.containsProperty("spring.mongodb.host");
	}

}
