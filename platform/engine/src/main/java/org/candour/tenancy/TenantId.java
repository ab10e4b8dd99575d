package org.candour.tenancy;

import java.util.regex.Pattern;

/** A tenant's slug: lowercase letters, digits and hyphens, 3–40 characters. */
public record TenantId(String value) {

	private static final Pattern SLUG = Pattern.compile("^[a-z0-9](?:[a-z0-9-]{1,38})[a-z0-9]$");

	public TenantId {
		if (!isValid(value)) {
			throw new IllegalArgumentException("Not a tenant id: " + value);
		}
	}

	public static boolean isValid(String value) {
		return value != null && SLUG.matcher(value).matches() && !value.contains("--");
	}

	@Override
	public String toString() {
		return this.value;
	}

}
