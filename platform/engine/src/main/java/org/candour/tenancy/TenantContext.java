package org.candour.tenancy;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The tenant of the running unit of work. Set in one place per request (and by the task
 * decorator on async threads); always restored in {@code finally}.
 */
public final class TenantContext {

	private static final ThreadLocal<CurrentTenant> CURRENT = new ThreadLocal<>();

	private TenantContext() {
	}

	public static Optional<CurrentTenant> current() {
		return Optional.ofNullable(CURRENT.get());
	}

	public static CurrentTenant require() {
		CurrentTenant tenant = CURRENT.get();
		if (tenant == null) {
			throw new MissingTenantException();
		}
		return tenant;
	}

	public static void runAs(CurrentTenant tenant, Runnable work) {
		callAs(tenant, () -> {
			work.run();
			return null;
		});
	}

	public static <T> T callAs(CurrentTenant tenant, Supplier<T> work) {
		CurrentTenant previous = CURRENT.get();
		CURRENT.set(tenant);
		try {
			return work.get();
		}
		finally {
			restore(previous);
		}
	}

	static <T> T callChecked(CurrentTenant tenant, Callable<T> work) throws Exception {
		CurrentTenant previous = CURRENT.get();
		CURRENT.set(tenant);
		try {
			return work.call();
		}
		finally {
			restore(previous);
		}
	}

	private static void restore(CurrentTenant previous) {
		if (previous == null) {
			CURRENT.remove();
		}
		else {
			CURRENT.set(previous);
		}
	}

	/** Thrown when tenant-owned data is touched outside any tenant's unit of work. */
	public static class MissingTenantException extends IllegalStateException {

		MissingTenantException() {
			super("No tenant in context: tenant-owned data cannot be read or written");
		}

	}

}
