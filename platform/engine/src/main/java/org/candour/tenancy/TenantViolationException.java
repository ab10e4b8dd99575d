package org.candour.tenancy;

/**
 * An attempt to read or write another tenant's documents, or to leave the tenant scope.
 */
public class TenantViolationException extends IllegalStateException {

	TenantViolationException(String message) {
		super(message);
	}

}
