package org.candour.security;

import org.candour.mongo.EmbeddedDefault;

import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The embedded authorization server runs when
 * {@code candour.security.embedded-auth-server.enabled} says so, and otherwise exactly
 * when Candour runs on its embedded MongoDB (the self-contained default). It runs as the
 * demo (with demo users) only on the embedded default.
 */
class EmbeddedAuthServerCondition implements ConfigurationCondition {

	static final String PROPERTY = "candour.security.embedded-auth-server.enabled";

	@Override
	public ConfigurationPhase getConfigurationPhase() {
		return ConfigurationPhase.PARSE_CONFIGURATION;
	}

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return isOn(context.getEnvironment());
	}

	static boolean isOn(Environment environment) {
		Boolean configured = environment.getProperty(PROPERTY, Boolean.class);
		return configured != null ? configured : EmbeddedDefault.isActive(environment);
	}

	/**
	 * The embedded server with its public demo users: on, and on the embedded default.
	 */
	static boolean isDemo(Environment environment) {
		return isOn(environment) && EmbeddedDefault.isActive(environment);
	}

	/** Matches in the demo only. */
	static class Demo extends EmbeddedAuthServerCondition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return isDemo(context.getEnvironment());
		}

	}

}
