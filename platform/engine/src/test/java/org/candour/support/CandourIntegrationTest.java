package org.candour.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.candour.CandourApplication;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port, with the real MongoDB driver talking to the
 * embedded server's memory backend, run as the Helm chart runs it behind its TLS Ingress:
 * forward headers from loopback proxies are trusted ({@code X-Forwarded-For} names the
 * client, {@code X-Forwarded-Proto: https} makes the request secure), the metrics
 * endpoints have a scrape credential, and residents reach it at {@value #PUBLIC_URL}. One
 * shared context: tests use tenants of their own (or give each client an address of its
 * own), and set the {@link TestClock} to the time they need. Report runs run in the
 * calling thread, split by feedback type however few their cases, and the report schedule
 * does not tick by itself (tests tick it), and neither does the monthly QA sampling.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = CandourApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "candour.mongodb.embedded.backend=memory", "candour.demo.enabled=false",
				"server.forward-headers-strategy=native",
				"candour.security.metrics.password=" + CandourIntegrationTest.SCRAPE_PASSWORD,
				"candour.public-url=" + CandourIntegrationTest.PUBLIC_URL, "candour.reports.background-runs=false",
				"candour.reports.scheduling=false", "candour.reports.partition-above=0", "candour.qa.scheduling=false",
				"candour.inbound.scheduling=false" })
@Import({ Api.class, TestTokens.class, TestClock.class, TestTenants.class, org.candour.config.InjectedFailures.class,
		org.candour.reports.InterruptedRuns.class, SignInPageStandIn.class })
public @interface CandourIntegrationTest {

	/** The metrics endpoints' scrape password (user {@code metrics}). */
	String SCRAPE_PASSWORD = "test-scrape-secret";

	/** Where residents reach Candour: their tracking links start with it. */
	String PUBLIC_URL = "https://feedback.example.test/";

}
