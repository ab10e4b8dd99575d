package org.candour.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the endpoint-roles check in front of every handler. */
@Configuration(proxyBeanMethods = false)
class EndpointRolesConfiguration implements WebMvcConfigurer {

	private final Callers callers;

	private final Refusals refusals;

	EndpointRolesConfiguration(Callers callers, Refusals refusals) {
		this.callers = callers;
		this.refusals = refusals;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new EndpointRolesInterceptor(this.callers, this.refusals));
	}

}
