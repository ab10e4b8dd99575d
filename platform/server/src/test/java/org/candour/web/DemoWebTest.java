package org.candour.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.candour.CandourApplication;
import org.candour.support.Api;
import org.candour.support.TestTokens;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The server as the embedded default runs it — the four demo tenants deployed from the
 * shipped packs in the background at start-up, with {@value #CASES_PER_TENANT} synthetic
 * cases each — on a random port with the memory backend, sending its mail to a
 * {@link TestMailServer}. The second (and last) context of the web tests, beside
 * {@link CandourWebTest}, whose tests need no mail server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = CandourApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "candour.mongodb.embedded.backend=memory",
				"candour.demo.cases-per-tenant=" + DemoWebTest.CASES_PER_TENANT,
				"candour.security.rate-limit.capacity=10000", "spring.mail.host=127.0.0.1" })
@Import({ Api.class, TestTokens.class, TestMailServer.class })
public @interface DemoWebTest {

	/** Synthetic cases the demo makes per tenant (the demo's default is 300). */
	int CASES_PER_TENANT = 12;

}
