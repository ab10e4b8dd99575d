package org.candour.bench;

import java.util.Arrays;

import org.candour.cases.CaseActions;
import org.candour.cases.CaseIntake;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Candour's side of {@code bench/flowable-compare.sh}: whole case lifecycles (log, then
 * three transitions) through the service path, in process on the embedded memory server,
 * at each of the given thread counts. Prints one line per count:
 * {@code candour threads=N lifecycles=M seconds=S rate=R/s}.
 * <p>
 * System properties: {@code threadCounts} (1,8), {@code cases} (2000 per count),
 * {@code warmup} (500).
 */
public final class LifecycleBenchmark {

	private LifecycleBenchmark() {
	}

	public static void main(String[] args) {
		int[] threadCounts = Arrays.stream(System.getProperty("threadCounts", "1,8").split(","))
			.mapToInt(count -> Integer.parseInt(count.trim()))
			.toArray();
		int cases = Integer.getInteger("cases", 2000);
		int warmup = Integer.getInteger("warmup", 500);
		BenchApplication.run("memory", context -> run(context, threadCounts, cases, warmup));
	}

	private static void run(ConfigurableApplicationContext context, int[] threadCounts, int cases, int warmup) {
		JsonMapper json = context.getBean(JsonMapper.class);
		CurrentTenant tenant = CaseThroughputBenchmark.setUpTenant(context, json);
		ServicePath service = new ServicePath(context.getBean(CaseIntake.class), context.getBean(CaseActions.class),
				json);
		int first = 0;
		for (int threads : threadCounts) {
			try (Workers workers = new Workers("lifecycle", threads, work -> TenantContext.runAs(tenant, work))) {
				service.lifecycles(workers, "warm-up", 5_000_000 + first, warmup);
				first += warmup;
				LatencyRecorder.PhaseResult timed = service.lifecycles(workers, "lifecycles", first, cases);
				first += cases;
				service.failures().requireFew();
				System.out.printf("candour threads=%d lifecycles=%d seconds=%.2f rate=%.1f/s%n", threads, cases,
						timed.elapsedNanos() / 1e9, timed.perSecond());
			}
		}
	}

}
