package org.candour.config;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.candour.tenancy.TenantContext;

import org.springframework.boot.test.context.TestComponent;

/**
 * Fails a tenant's next publication between writing the version and moving the pointer.
 */
@TestComponent
public class InjectedFailures implements PublicationProbe {

	private final Set<String> failing = ConcurrentHashMap.newKeySet();

	public void failNextPublicationOf(String tenant) {
		this.failing.add(tenant);
	}

	@Override
	public void versionWritten(ConfigVersion version) {
		if (this.failing.remove(TenantContext.require().value())) {
			throw new IllegalStateException("Injected failure after writing version " + version.number());
		}
	}

}
