package org.candour.api;

import org.candour.definition.Schemas;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The schema compiler every module validates request bodies and configuration with. */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

	@Bean
	@org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean(Actors.class)
	Actors actors() {
		return () -> Actors.Actor.system(Actors.UNAUTHENTICATED);
	}

	@Bean
	Schemas schemas() {
		return new Schemas();
	}

}
