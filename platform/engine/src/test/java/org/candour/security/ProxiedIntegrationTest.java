package org.candour.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.candour.support.CandourIntegrationTest;

/**
 * The whole application as the Helm chart runs it behind its TLS Ingress, which every
 * {@link CandourIntegrationTest} now is (one shared context): forward headers from
 * loopback proxies are trusted ({@code X-Forwarded-For} names the client,
 * {@code X-Forwarded-Proto: https} makes the request secure), and the metrics endpoints
 * have a scrape credential. Tests give each client an address of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@CandourIntegrationTest
@interface ProxiedIntegrationTest {

	String SCRAPE_PASSWORD = CandourIntegrationTest.SCRAPE_PASSWORD;

}
