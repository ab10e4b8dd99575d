package org.candour.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call an endpoint (any of them). Every API handler declares one, on
 * the method or its controller; {@code PUBLIC} marks endpoints open by design.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface EndpointRoles {

	String PUBLIC = "PUBLIC";

	String PLATFORM_ADMIN = "PLATFORM_ADMIN";

	String TENANT_ADMIN = "TENANT_ADMIN";

	String MANAGER = "MANAGER";

	String OFFICER = "OFFICER";

	String INVESTIGATOR = "INVESTIGATOR";

	String AUDITOR = "AUDITOR";

	/**
	 * Reads equality monitoring answers record by record (and their aggregate); nothing
	 * else.
	 */
	String EQUALITY_ANALYST = "EQUALITY_ANALYST";

	/**
	 * Handles data protection: subject access searches and exports, erasure, redaction,
	 * legal holds and the privacy and disposal logs; no casework and no configuration.
	 */
	String DATA_PROTECTION = "DATA_PROTECTION";

	String[] value();

}
