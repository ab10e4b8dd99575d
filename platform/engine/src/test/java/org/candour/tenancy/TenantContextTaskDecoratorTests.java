package org.candour.tenancy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import static org.assertj.core.api.Assertions.assertThat;

class TenantContextTaskDecoratorTests {

	private final TenantContextTaskDecorator decorator = new TenantContextTaskDecorator();

	@Test
	void carriesTheTenantAndLoggingContextToAnotherThreadAndClearsThemAfterwards() throws Exception {
		ExecutorService pool = Executors.newSingleThreadExecutor();
		AtomicReference<String> seenTenant = new AtomicReference<>();
		AtomicReference<String> seenRequest = new AtomicReference<>();
		MDC.put("requestId", "req-1");
		Runnable task = TenantContext.callAs(CurrentTenant.pooled("north-shire"), () -> this.decorator.decorate(() -> {
			seenTenant.set(TenantContext.require().value());
			seenRequest.set(MDC.get("requestId"));
		}));
		MDC.clear();
		pool.submit(task).get();
		assertThat(seenTenant).hasValue("north-shire");
		assertThat(seenRequest).hasValue("req-1");
		assertThat(CompletableFuture.supplyAsync(() -> TenantContext.current().isPresent(), pool).get()).isFalse();
		assertThat(CompletableFuture.supplyAsync(() -> MDC.get("requestId"), pool).get()).isNull();
		pool.shutdown();
	}

}
