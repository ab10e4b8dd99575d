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
 * embedded server's memory backend. One shared context: tests use tenants of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = CandourApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "candour.mongodb.embedded.backend=memory", "candour.demo.enabled=false" })
@Import({ Api.class, TestTokens.class, TestClock.class, TestTenants.class, org.candour.config.InjectedFailures.class,
		SignInPageStandIn.class })
public @interface CandourIntegrationTest {

}
