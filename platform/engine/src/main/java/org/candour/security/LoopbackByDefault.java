package org.candour.security;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.candour.mongo.EmbeddedDefault;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On the embedded default (no MongoDB URI: a trial, and the demo with its public
 * accounts) Candour listens on loopback only, unless {@code server.address} says
 * otherwise (the container image sets {@code 0.0.0.0}).
 */
@Component
class LoopbackByDefault implements WebServerFactoryCustomizer<ConfigurableWebServerFactory> {

	static final String LOOPBACK = "127.0.0.1";

	private final Environment environment;

	LoopbackByDefault(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void customize(ConfigurableWebServerFactory factory) {
		boolean configured = Binder.get(this.environment).bind("server.address", InetAddress.class).isBound();
		if (!configured && EmbeddedDefault.isActive(this.environment)) {
			factory.setAddress(loopback());
		}
	}

	private static InetAddress loopback() {
		try {
			return InetAddress.getByName(LOOPBACK);
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
