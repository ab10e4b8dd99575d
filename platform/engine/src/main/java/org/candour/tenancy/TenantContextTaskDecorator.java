package org.candour.tenancy;

import java.util.Map;

import org.slf4j.MDC;

import org.springframework.core.task.TaskDecorator;
import org.springframework.stereotype.Component;

/** Carries the tenant and the logging context to async threads. */
@Component
class TenantContextTaskDecorator implements TaskDecorator {

	@Override
	public Runnable decorate(Runnable runnable) {
		CurrentTenant tenant = TenantContext.current().orElse(null);
		Map<String, String> mdc = MDC.getCopyOfContextMap();
		return () -> {
			Map<String, String> previous = MDC.getCopyOfContextMap();
			if (mdc != null) {
				MDC.setContextMap(mdc);
			}
			try {
				if (tenant == null) {
					runnable.run();
				}
				else {
					TenantContext.runAs(tenant, runnable);
				}
			}
			finally {
				if (previous == null) {
					MDC.clear();
				}
				else {
					MDC.setContextMap(previous);
				}
			}
		};
	}

}
