package org.candour.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.candour.CandourApplication;
import org.candour.reports.InterruptedRuns;
import org.candour.reports.QueuedRuns;
import org.candour.security.TestRateLimit;
import org.candour.support.Api;
import org.candour.support.TestTokens;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole server, web pages included, on a random port with the embedded server's
 * memory backend and no demo tenants: one context for all the web tests. The rate limit
 * is out of the way ({@link TestRateLimit} tightens it for a test), as is "Find your
 * feedback"'s per-client limit (every test comes from one client), report runs run
 * synchronously and split by feedback type however few their cases (a run's page shows
 * its figures at once), the clock is the real time unless a test stops it
 * ({@link StoppableClock}), and no mail server is configured. Tests use tenants of their
 * own, or share a tenant deployed from a shipped pack (if it is missing) and tell their
 * cases apart; they put back what they change.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = CandourApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "candour.mongodb.embedded.backend=memory", "candour.demo.enabled=false",
				"candour.security.rate-limit.capacity=10000", "candour.resident.find-case.per-client=1000",
				"candour.reports.background-runs=false", "candour.reports.partition-above=0",
				"candour.qa.scheduling=false" })
@Import({ Api.class, TestTokens.class, CaseworkFixtures.class, StoppableClock.class, TestRateLimit.class,
		ReportsFixture.class, InterruptedRuns.class, QueuedRuns.class, AdminTenants.class })
public @interface CandourWebTest {

}
