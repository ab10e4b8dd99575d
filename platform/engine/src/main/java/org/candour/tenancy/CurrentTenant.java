package org.candour.tenancy;

/** The tenant a unit of work runs for, with what the data layer needs to route it. */
public record CurrentTenant(TenantId id, Isolation isolation) {

	public static CurrentTenant pooled(String id) {
		return new CurrentTenant(new TenantId(id), Isolation.POOLED);
	}

	public String value() {
		return this.id.value();
	}

}
