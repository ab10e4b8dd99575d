package org.candour.bench.flowable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.flowable.task.api.Task;

/**
 * Flowable 7 embedded (H2 in memory, history level audit, no async executor), running the
 * same lifecycle as Candour's benchmark: start a process instance with the case's data,
 * then complete its three user tasks one after the other, each found by a task query as
 * an officer's screen would. Prints one line: {@code flowable threads=N lifecycles=M
 * seconds=S rate=R/s}.
 * <p>
 * System properties: {@code threads} (1), {@code cases} (2000), {@code warmup} (500).
 */
public final class FlowableLifecycleBenchmark {

	private FlowableLifecycleBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int threads = Integer.getInteger("threads", 1);
		int cases = Integer.getInteger("cases", 2000);
		int warmup = Integer.getInteger("warmup", 500);
		StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
		configuration.setJdbcUrl("jdbc:h2:mem:flowable-bench;DB_CLOSE_DELAY=-1");
		configuration.setHistoryLevel(HistoryLevel.AUDIT);
		configuration.setAsyncExecutorActivate(false);
		configuration.setJdbcMaxActiveConnections(Math.max(10, threads * 2));
		ProcessEngine engine = configuration.buildProcessEngine();
		try {
			engine.getRepositoryService()
				.createDeployment()
				.addClasspathResource("complaint-lifecycle.bpmn20.xml")
				.deploy();
			run(engine, threads, warmup, 0);
			long start = System.nanoTime();
			run(engine, threads, cases, warmup);
			double seconds = (System.nanoTime() - start) / 1e9;
			System.out.printf("flowable threads=%d lifecycles=%d seconds=%.2f rate=%.1f/s%n", threads, cases, seconds,
					cases / seconds);
		}
		finally {
			engine.close();
		}
	}

	private static void run(ProcessEngine engine, int threads, int cases, int firstNumber) throws Exception {
		RuntimeService runtime = engine.getRuntimeService();
		TaskService tasks = engine.getTaskService();
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> workers = new java.util.ArrayList<>();
			for (int t = 0; t < threads; t++) {
				workers.add(pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < cases; i = next.getAndIncrement()) {
						lifecycle(runtime, tasks, firstNumber + i);
					}
					return null;
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
		}
		finally {
			pool.shutdown();
		}
	}

	private static void lifecycle(RuntimeService runtime, TaskService tasks, int number) {
		Map<String, Object> data = new HashMap<>();
		data.put("reference", "CMP-2026-" + number);
		data.put("summary", "Bins not collected on Station Road, case " + number);
		data.put("service", "waste");
		data.put("channel", "web");
		String instance = runtime.startProcessInstanceByKey("complaintLifecycle", "CMP-2026-" + number, data)
			.getId();
		complete(tasks, instance, Map.of("acknowledgedBy", "officer-" + (number % 7)));
		complete(tasks, instance, Map.of("outcome", "upheld", "responseDate", "2026-11-20", "learning",
				"Crews now check the whole street"));
		complete(tasks, instance, Map.of("closureReason", "resolved"));
	}

	private static void complete(TaskService tasks, String instance, Map<String, Object> variables) {
		Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
		tasks.complete(task.getId(), variables);
	}

}
