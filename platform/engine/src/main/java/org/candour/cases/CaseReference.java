package org.candour.cases;

/**
 * A case's reference as the public sees it, e.g. {@code CC-2026-000123}; unique per
 * tenant.
 */
public record CaseReference(String value) {

	@Override
	public String toString() {
		return this.value;
	}

}
