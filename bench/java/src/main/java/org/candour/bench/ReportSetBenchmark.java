package org.candour.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.candour.config.ActiveConfigurations;
import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.ReportDefinition;
import org.candour.reports.ReportResult;
import org.candour.reports.ReportRun;
import org.candour.reports.ReportRunner;
import org.candour.reports.ReportRuns;
import org.candour.reports.ReportTable;
import org.candour.tenancy.TenantContext;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The report set: every report definition of every tenant's active configuration, run for
 * one financial year over a store of many cases, (a) through the production path (a
 * Spring Batch job per run, synchronous), (a2) through the aggregation core alone
 * ({@link ReportRunner}), (b) as bare aggregations with the MongoDB driver, tenant by
 * tenant, and (c) the same bare aggregations once per pack for all its tenants, grouped
 * by tenant. All against one in-process embedded server; the figures of (a), (b) and (c)
 * are compared. Run by {@code bench/report-set.sh}; the goals are printed, never
 * asserted.
 */
public final class ReportSetBenchmark {

	static final double GOAL_SECONDS = 60;

	static final double GOAL_RATIO = 1.3;

	private ReportSetBenchmark() {
	}

	public static void main(String[] args) {
		ReportSetSettings settings = ReportSetSettings.fromSystemProperties();
		System.out.println("settings: " + settings);
		// runs finish before ReportRuns.start returns; no scheduled run competes
		System.setProperty("candour.reports.background-runs", "false");
		System.setProperty("candour.reports.scheduling", "false");
		BenchApplication.run(settings.backend(), context -> run(settings, context));
	}

	private static void run(ReportSetSettings settings, ConfigurableApplicationContext context) {
		MongoCollection<Document> raw = context.getBean(MongoClient.class)
			.getDatabase(context.getBean(MongoTemplate.class).getDb().getName())
			.getCollection("cases");
		System.out.println();
		System.out.println("== generation ==");
		ReportSetCases store = new ReportSetCases(context, settings, raw);
		store.fill();
		long cases = raw.countDocuments();
		long inYear = raw.countDocuments(new Document("receivedOn",
				new Document("$gte", settings.from().toString()).append("$lte", settings.to().toString())));
		System.out.printf("sample: %,d cases through the case engine in %.1f s (%,.0f cases/s)%n", store.sampled,
				store.sampleSeconds, store.sampled / store.sampleSeconds);
		System.out.printf("copies: %,d cases inserted through the store in %.1f s (%,.0f cases/s)%n", store.copied,
				store.copySeconds, store.copied / store.copySeconds);
		System.out.printf("stored: %,d cases in %d tenants, %,d received in the financial year %s to %s%n", cases,
				store.tenants().size(), inYear, settings.from(), settings.to());
		long heap = Settle.heapUsedMb();
		System.out.printf("heap used after generation: %,d MB (%,.1f KB a case)%n", heap, heap * 1024.0 / cases);

		Map<String, List<ReportDefinition>> reports = new LinkedHashMap<>();
		Map<String, CompiledConfiguration> models = new LinkedHashMap<>();
		ActiveConfigurations configurations = context.getBean(ActiveConfigurations.class);
		store.tenants().keySet().forEach(tenant -> TenantContext.runAs(store.tenant(tenant), () -> {
			CompiledConfiguration model = configurations.require().model();
			models.put(tenant, model);
			reports.put(tenant, new ArrayList<>(model.reports().values()));
		}));
		int runs = reports.values().stream().mapToInt(List::size).sum();
		System.out.println();
		System.out.println("== reports: " + runs + " runs (every report of every tenant), period " + settings.from()
				+ " to " + settings.to() + " ==");

		BareReports bareReports = new BareReports(raw);
		Shapes shapes = new Shapes(context, settings, store, reports, models, bareReports);
		shapes.warmUp();
		long floor = bareReports.scanFloorNanos();
		System.out.printf("scan floor: an aggregation matching no case takes %.1f ms (%.0f ns a stored case)%n",
				floor / 1e6, (double) floor / cases);
		Settle.settle();
		PhaseTimes engine = shapes.engine();
		System.out.printf("a.  engine (ReportRuns.start, a Spring Batch job a run):  %8.1f s%n", engine.seconds());
		Settle.settle();
		PhaseTimes runner = shapes.runner();
		System.out.printf("a2. aggregation core only (ReportRunner.run):           %8.1f s%n", runner.seconds());
		Settle.settle();
		PhaseTimes bare = shapes.bare(false);
		System.out.printf("b.  bare, an aggregation a condition, tenant by tenant: %8.1f s%n", bare.seconds());
		Settle.settle();
		PhaseTimes grouped = shapes.grouped(false);
		System.out.printf("c.  bare, an aggregation a condition, a pack at once:   %8.1f s%n", grouped.seconds());
		Settle.settle();
		PhaseTimes faceted = shapes.grouped(true);
		System.out.printf("d.  bare, an aggregation a report, a pack at once:      %8.1f s%n", faceted.seconds());
		Settle.settle();
		PhaseTimes facetedByTenant = shapes.bare(true);
		System.out.printf("e.  bare, an aggregation a report, tenant by tenant:    %8.1f s%n",
				facetedByTenant.seconds());
		System.out.println("figures: " + shapes.agreement());

		Map<String, PhaseTimes> all = new LinkedHashMap<>();
		all.put("a", engine);
		all.put("a2", runner);
		all.put("b", bare);
		all.put("c", grouped);
		all.put("d", faceted);
		all.put("e", facetedByTenant);
		breakdown(store, reports, all);
		summary(settings, store, cases, reports, all, floor);
	}

	private static void breakdown(ReportSetCases store, Map<String, List<ReportDefinition>> reports,
			Map<String, PhaseTimes> shapes) {
		System.out.println();
		System.out.println("== where the time goes: ms a run (c, d: ms a run for all the pack's tenants at once) ==");
		System.out.println("(aggs: aggregations a run of b; parts: the partitions of a's Batch job, one a feedback type"
				+ " when the report counts several, each running all of the report's aggregations)");
		System.out.printf("%-30s %-36s %4s %5s %4s", "pack", "report", "aggs", "parts", "runs");
		shapes.keySet().forEach(shape -> System.out.printf(" %8s", shape));
		System.out.printf(" %5s%n", "a/b");
		Map<String, ReportDefinition> seen = new TreeMap<>();
		store.tenants()
			.forEach((tenant, pack) -> reports.get(tenant)
				.forEach(report -> seen.putIfAbsent(pack + " " + report.id(), report)));
		seen.forEach((key, report) -> {
			String pack = key.substring(0, key.indexOf(' '));
			System.out.printf("%-30s %-36s %4d %5d %4d", pack, report.id(), aggregations(report), partitions(report),
					shapes.get("a").runs(pack, report.id()));
			shapes.values().forEach(times -> System.out.printf(" %8.1f", times.millisPerRun(pack, report.id())));
			System.out.printf(" %5.2f%n",
					shapes.get("a").millisPerRun(pack, report.id()) / shapes.get("b").millisPerRun(pack, report.id()));
		});
		for (String pack : ReportSetCases.PACKS) {
			System.out.printf("pack %-30s", pack);
			shapes.forEach((shape, times) -> System.out.printf("  %s %7.1f s", shape, times.seconds(pack)));
			System.out.println();
		}
	}

	/** Aggregations a run of the report makes: one a condition of each measure. */
	static int aggregations(ReportDefinition report) {
		return report.measures().stream().mapToInt(measure -> "percentage".equals(measure.type()) ? 2 : 1).sum();
	}

	/** Partitions of a run's Batch job: one a feedback type when there are several. */
	static int partitions(ReportDefinition report) {
		return Math.max(1, report.feedbackTypes().size());
	}

	private static void summary(ReportSetSettings settings, ReportSetCases store, long cases,
			Map<String, List<ReportDefinition>> reports, Map<String, PhaseTimes> shapes, long floor) {
		int runs = reports.values().stream().mapToInt(List::size).sum();
		double engine = shapes.get("a").seconds();
		double ratio = engine / shapes.get("b").seconds();
		System.out.println();
		System.out.println("== summary ==");
		System.out.printf(
				"backend %s, %,d cases in %d tenants (%,d through the case engine, %,d copied through the"
						+ " store), %d report runs for %s to %s%n",
				settings.backend(), cases, store.tenants().size(), store.sampled, store.copied, runs, settings.from(),
				settings.to());
		System.out.printf("generation: deploy %.1f s, sample %.1f s, copies %.1f s (not in the times below)%n",
				store.deploySeconds, store.sampleSeconds, store.copySeconds);
		Map<String, String> names = Map.of("a", "engine, ReportRuns.start (total time)", "a2",
				"aggregation core, ReportRunner.run", "b", "bare, a condition a tenant (yardstick)", "c",
				"bare, a condition a pack of tenants", "d", "bare, a report a pack of tenants", "e",
				"bare, a report a tenant");
		shapes.forEach((shape, times) -> System.out.printf("%-2s %-40s %8.1f s %,12.0f cases/s   a / %-2s %6.2f%n",
				shape, names.get(shape), times.seconds(), cases / times.seconds(), shape, engine / times.seconds()));
		long bare = 0;
		long engineAggregations = 0;
		for (List<ReportDefinition> ofTenant : reports.values()) {
			for (ReportDefinition report : ofTenant) {
				bare += aggregations(report);
				engineAggregations += (long) aggregations(report) * partitions(report);
			}
		}
		System.out.printf("aggregations: a %,d (by partition), a2 and b %,d, each over the whole collection on the"
				+ " embedded server%n", engineAggregations, bare);
		System.out.printf("of which scanning the other tenants' cases (aggregations x scan floor %.1f ms): a %.1f s,"
				+ " a2 and b %.1f s%n", floor / 1e6, engineAggregations * floor / 1e9, bare * floor / 1e9);
		double partitioned = shapes.get("a2").seconds() * engineAggregations / bare;
		System.out.printf(
				"a - a2 = %.1f s: the partitions' extra aggregations ~%.1f s (a2 x %d / %d), Batch, run"
						+ " history and stored result ~%.1f s (%.0f ms a run)%n",
				engine - shapes.get("a2").seconds(), partitioned - shapes.get("a2").seconds(), engineAggregations, bare,
				engine - partitioned, (engine - partitioned) * 1000 / runs);
		System.out.printf("goal total <= %.0f s on 2 cores (memory backend): %s (%.1f s, %d cores)%n", GOAL_SECONDS,
				(engine <= GOAL_SECONDS) ? "yes" : "no", engine, Runtime.getRuntime().availableProcessors());
		System.out.printf("goal ratio a / b <= %.1f: %s (%.2f)%n", GOAL_RATIO, (ratio <= GOAL_RATIO) ? "yes" : "no",
				ratio);
	}

	/** The timed shapes of the report set and the figures each computed. */
	private static final class Shapes {

		private final ConfigurableApplicationContext context;

		private final ReportSetSettings settings;

		private final ReportSetCases store;

		private final Map<String, List<ReportDefinition>> reports;

		private final Map<String, CompiledConfiguration> models;

		private final BareReports bare;

		/** Shape → "tenant report measure" → {value, denominator}. */
		private final Map<String, Map<String, double[]>> figures = new TreeMap<>();

		Shapes(ConfigurableApplicationContext context, ReportSetSettings settings, ReportSetCases store,
				Map<String, List<ReportDefinition>> reports, Map<String, CompiledConfiguration> models,
				BareReports bare) {
			this.context = context;
			this.settings = settings;
			this.store = store;
			this.reports = reports;
			this.models = models;
			this.bare = bare;
		}

		/**
		 * Every tenant-by-tenant shape once over the first tenant, untimed, for the JIT.
		 */
		void warmUp() {
			List<String> first = List.of(this.store.tenants().keySet().iterator().next());
			long start = System.nanoTime();
			engine(first);
			runner(first);
			bare(first, false);
			bare(first, true);
			this.figures.clear();
			System.out.printf("warm-up: every shape over %s (%.1f s, not timed)%n", first,
					(System.nanoTime() - start) / 1e9);
		}

		PhaseTimes engine() {
			return engine(new ArrayList<>(this.store.tenants().keySet()));
		}

		private PhaseTimes engine(List<String> tenants) {
			ReportRuns runs = this.context.getBean(ReportRuns.class);
			ReportRuns.Request request = new ReportRuns.Request(this.settings.from(), this.settings.to(), null);
			PhaseTimes times = new PhaseTimes();
			for (String tenant : tenants) {
				TenantContext.runAs(this.store.tenant(tenant), () -> {
					for (ReportDefinition report : this.reports.get(tenant)) {
						long start = System.nanoTime();
						ReportRun run = runs.start(report.id(), request, "bench");
						times.add(this.store.tenants().get(tenant), report.id(), System.nanoTime() - start);
						if (!run.done()) {
							throw new IllegalStateException(tenant + " " + report.id() + " did not complete: "
									+ run.status() + " " + run.error());
						}
						ReportResult result = runs.result(run.runId()).orElseThrow();
						result.totals().forEach((measure, figure) -> record("a", tenant, report, measure, figure));
					}
				});
			}
			return times;
		}

		PhaseTimes runner() {
			return runner(new ArrayList<>(this.store.tenants().keySet()));
		}

		private PhaseTimes runner(List<String> tenants) {
			ReportRunner runner = this.context.getBean(ReportRunner.class);
			PhaseTimes times = new PhaseTimes();
			for (String tenant : tenants) {
				ReportRunner.Run run = new ReportRunner.Run(this.settings.from(), this.settings.to(), null,
						this.models.get(tenant).orgStructure());
				TenantContext.runAs(this.store.tenant(tenant), () -> {
					for (ReportDefinition report : this.reports.get(tenant)) {
						long start = System.nanoTime();
						ReportTable table = runner.run(report, run);
						times.add(this.store.tenants().get(tenant), report.id(), System.nanoTime() - start);
						table.totals().forEach((measure, figure) -> record("a2", tenant, report, measure, figure));
					}
				});
			}
			return times;
		}

		PhaseTimes bare(boolean faceted) {
			return bare(new ArrayList<>(this.store.tenants().keySet()), faceted);
		}

		private PhaseTimes bare(List<String> tenants, boolean faceted) {
			PhaseTimes times = new PhaseTimes();
			for (String tenant : tenants) {
				for (ReportDefinition report : this.reports.get(tenant)) {
					long start = System.nanoTime();
					Map<String, Map<String, double[]>> totals = faceted
							? this.bare.runFaceted(List.of(tenant), report, this.settings.from(), this.settings.to())
							: this.bare.runAll(List.of(tenant), report, this.settings.from(), this.settings.to());
					times.add(this.store.tenants().get(tenant), report.id(), System.nanoTime() - start);
					record(faceted ? "e" : "b", totals, report);
				}
			}
			return times;
		}

		PhaseTimes grouped(boolean faceted) {
			PhaseTimes times = new PhaseTimes();
			for (String pack : ReportSetCases.PACKS) {
				List<String> tenants = new ArrayList<>();
				this.store.tenants().forEach((tenant, itsPack) -> {
					if (itsPack.equals(pack)) {
						tenants.add(tenant);
					}
				});
				if (tenants.isEmpty()) {
					continue;
				}
				for (ReportDefinition report : this.reports.get(tenants.get(0))) {
					long start = System.nanoTime();
					Map<String, Map<String, double[]>> totals = faceted
							? this.bare.runFaceted(tenants, report, this.settings.from(), this.settings.to())
							: this.bare.runAll(tenants, report, this.settings.from(), this.settings.to());
					times.add(pack, report.id(), System.nanoTime() - start);
					record(faceted ? "d" : "c", totals, report);
				}
			}
			return times;
		}

		private void record(String shape, Map<String, Map<String, double[]>> totals, ReportDefinition report) {
			totals.forEach((tenant, measures) -> measures
				.forEach((measure, figure) -> record(shape, tenant, report.id(), measure, figure)));
		}

		private void record(String shape, String tenant, ReportDefinition report, String measure,
				ReportTable.Figure figure) {
			boolean fraction = figure.denominator() != null;
			double value = fraction ? figure.numerator() : ((figure.value() == null) ? 0 : figure.value());
			record(shape, tenant, report.id(), measure, new double[] { value, fraction ? figure.denominator() : 0 });
		}

		private void record(String shape, String tenant, String report, String measure, double[] figure) {
			this.figures.computeIfAbsent(shape, unused -> new TreeMap<>())
				.put(tenant + " " + report + " " + measure, figure);
		}

		/** Whether the shapes computed the same totals, or the first few that differ. */
		String agreement() {
			Map<String, double[]> engine = this.figures.getOrDefault("a", Map.of());
			List<String> differences = new ArrayList<>();
			for (String shape : List.of("a2", "b", "c", "d", "e")) {
				Map<String, double[]> other = this.figures.getOrDefault(shape, Map.of());
				engine.forEach((key, figure) -> {
					double[] theirs = other.get(key);
					if (theirs == null || theirs[0] != figure[0] || theirs[1] != figure[1]) {
						differences.add(shape + " " + key + ": a " + figure[0] + "/" + figure[1] + ", " + shape + " "
								+ ((theirs == null) ? "none" : theirs[0] + "/" + theirs[1]));
					}
				});
			}
			return differences.isEmpty() ? "a, a2, b, c, d and e agree on all " + engine.size() + " totals"
					: differences.size() + " totals differ, e.g. "
							+ differences.subList(0, Math.min(5, differences.size()));
		}

	}

}
