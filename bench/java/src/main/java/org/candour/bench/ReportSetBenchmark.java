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

		Shapes shapes = new Shapes(context, settings, store, reports, models, new BareReports(raw));
		shapes.warmUp();
		Settle.settle();
		PhaseTimes engine = shapes.engine();
		System.out.printf("a.  engine (ReportRuns.start, a Spring Batch job a run):  %8.1f s%n", engine.seconds());
		Settle.settle();
		PhaseTimes runner = shapes.runner();
		System.out.printf("a2. aggregation core only (ReportRunner.run):           %8.1f s%n", runner.seconds());
		Settle.settle();
		PhaseTimes bare = shapes.bare();
		System.out.printf("b.  bare driver, tenant by tenant:                      %8.1f s%n", bare.seconds());
		Settle.settle();
		PhaseTimes grouped = shapes.grouped();
		System.out.printf("c.  bare driver, one pass a pack, grouped by tenant:    %8.1f s%n", grouped.seconds());
		System.out.println("figures: " + shapes.agreement());

		breakdown(store, reports, engine, runner, bare, grouped);
		summary(settings, store, cases, runs, engine, runner, bare, grouped);
	}

	private static void breakdown(ReportSetCases store, Map<String, List<ReportDefinition>> reports, PhaseTimes engine,
			PhaseTimes runner, PhaseTimes bare, PhaseTimes grouped) {
		System.out.println();
		System.out.println("== where the time goes (ms a run; c: ms for all the pack's tenants at once) ==");
		System.out.printf("%-30s %-36s %5s %5s %9s %9s %9s %9s %6s%n", "pack", "report", "aggs", "runs", "a", "a2", "b",
				"c", "a/b");
		Map<String, ReportDefinition> seen = new TreeMap<>();
		store.tenants()
			.forEach((tenant, pack) -> reports.get(tenant)
				.forEach(report -> seen.putIfAbsent(pack + " " + report.id(), report)));
		seen.forEach((key, report) -> {
			String pack = key.substring(0, key.indexOf(' '));
			double a = engine.millisPerRun(pack, report.id());
			double b = bare.millisPerRun(pack, report.id());
			System.out.printf("%-30s %-36s %5d %5d %9.1f %9.1f %9.1f %9.1f %6.2f%n", pack, report.id(),
					aggregations(report), engine.runs(pack, report.id()), a, runner.millisPerRun(pack, report.id()), b,
					grouped.millisPerRun(pack, report.id()), a / b);
		});
		for (String pack : ReportSetCases.PACKS) {
			System.out.printf("pack %-30s a %8.1f s  a2 %8.1f s  b %8.1f s  c %8.1f s%n", pack, engine.seconds(pack),
					runner.seconds(pack), bare.seconds(pack), grouped.seconds(pack));
		}
	}

	/** Aggregations a run of the report makes: one a condition of each measure. */
	static int aggregations(ReportDefinition report) {
		return report.measures().stream().mapToInt(measure -> "percentage".equals(measure.type()) ? 2 : 1).sum();
	}

	private static void summary(ReportSetSettings settings, ReportSetCases store, long cases, int runs,
			PhaseTimes engine, PhaseTimes runner, PhaseTimes bare, PhaseTimes grouped) {
		double ratio = engine.seconds() / bare.seconds();
		System.out.println();
		System.out.println("== summary ==");
		System.out.printf(
				"backend %s, %,d cases in %d tenants (%,d through the case engine, %,d copied through the"
						+ " store), %d report runs for %s to %s%n",
				settings.backend(), cases, store.tenants().size(), store.sampled, store.copied, runs, settings.from(),
				settings.to());
		System.out.printf("generation: deploy %.1f s, sample %.1f s, copies %.1f s (not in the total)%n",
				store.deploySeconds, store.sampleSeconds, store.copySeconds);
		System.out.printf("total time (a, engine):     %8.1f s   %,12.0f cases/s%n", engine.seconds(),
				cases / engine.seconds());
		System.out.printf("aggregation core (a2):      %8.1f s   %,12.0f cases/s   Batch and result %.1f s%n",
				runner.seconds(), cases / runner.seconds(), engine.seconds() - runner.seconds());
		System.out.printf("bare, by tenant (b):        %8.1f s   %,12.0f cases/s%n", bare.seconds(),
				cases / bare.seconds());
		System.out.printf("bare, grouped by tenant (c):%8.1f s   %,12.0f cases/s%n", grouped.seconds(),
				cases / grouped.seconds());
		System.out.printf("ratio a / b: %.2f   a2 / b: %.2f   a / c: %.2f%n", ratio, runner.seconds() / bare.seconds(),
				engine.seconds() / grouped.seconds());
		System.out.printf("goal total <= %.0f s on 2 cores (memory backend): %s (%.1f s, %d cores)%n", GOAL_SECONDS,
				(engine.seconds() <= GOAL_SECONDS) ? "yes" : "no", engine.seconds(),
				Runtime.getRuntime().availableProcessors());
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

		/** Every shape once over the first tenant of each pack, untimed, for the JIT. */
		void warmUp() {
			List<String> first = new ArrayList<>();
			this.store.tenants().forEach((tenant, pack) -> {
				if (first.size() < ReportSetCases.PACKS.size() && !first.contains(tenant)) {
					first.add(tenant);
				}
			});
			long start = System.nanoTime();
			engine(first);
			runner(first);
			bare(first);
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

		PhaseTimes bare() {
			return bare(new ArrayList<>(this.store.tenants().keySet()));
		}

		private PhaseTimes bare(List<String> tenants) {
			PhaseTimes times = new PhaseTimes();
			for (String tenant : tenants) {
				for (ReportDefinition report : this.reports.get(tenant)) {
					long start = System.nanoTime();
					Map<String, double[]> totals = this.bare.run(tenant, report, this.settings.from(),
							this.settings.to());
					times.add(this.store.tenants().get(tenant), report.id(), System.nanoTime() - start);
					totals.forEach((measure, figure) -> record("b", tenant, report.id(), measure, figure));
				}
			}
			return times;
		}

		PhaseTimes grouped() {
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
					Map<String, Map<String, double[]>> totals = this.bare.runAll(tenants, report, this.settings.from(),
							this.settings.to());
					times.add(pack, report.id(), System.nanoTime() - start);
					totals.forEach((tenant, measures) -> measures
						.forEach((measure, figure) -> record("c", tenant, report.id(), measure, figure)));
				}
			}
			return times;
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
			for (String shape : List.of("a2", "b", "c")) {
				Map<String, double[]> other = this.figures.getOrDefault(shape, Map.of());
				engine.forEach((key, figure) -> {
					double[] theirs = other.get(key);
					if (theirs == null || theirs[0] != figure[0] || theirs[1] != figure[1]) {
						differences.add(shape + " " + key + ": a " + figure[0] + "/" + figure[1] + ", " + shape + " "
								+ ((theirs == null) ? "none" : theirs[0] + "/" + theirs[1]));
					}
				});
			}
			return differences.isEmpty() ? "a, a2, b and c agree on all " + engine.size() + " totals"
					: differences.size() + " totals differ, e.g. "
							+ differences.subList(0, Math.min(5, differences.size()));
		}

	}

}
