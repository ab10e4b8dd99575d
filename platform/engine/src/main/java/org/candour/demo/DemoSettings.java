package org.candour.demo;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code candour.demo.*}.
 *
 * @param enabled whether to create demo tenants; when not set, only on the embedded
 * default
 * @param casesPerTenant synthetic cases per demo tenant
 * @param seed seed of the synthetic data (same seed, same data)
 * @param tenants demo tenant id → shipped pack id
 */
@ConfigurationProperties("candour.demo")
public record DemoSettings(Boolean enabled, @DefaultValue("300") int casesPerTenant,
		@DefaultValue("20261122") long seed, Map<String, String> tenants) {

	static final Map<String, String> DEFAULT_TENANTS = Map.of("demo-county", "county-council", "demo-unitary",
			"unitary-council-triage", "demo-ombudsman", "ombudsman-customer-care", "demo-department",
			"central-government-department");

	public Map<String, String> tenantsOrDefault() {
		return this.tenants == null || this.tenants.isEmpty() ? DEFAULT_TENANTS : this.tenants;
	}

}
