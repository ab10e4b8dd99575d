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
import org.candour.tenancy.TenantContext;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The report set: every report definition of every tenant's active configuration, run for
 * one financial year over a store of many cases: (a) through the production path (a
 * Spring Batch job a run, synchronous), (a2) through the aggregation core alone, (b) as
 * bare aggregations with the MongoDB driver, one a measure condition, tenant by tenant
 * (the yardstick), (c) the same once a pack for all its tenants, grouped by tenant, (d)
 * one aggregation a report ({@code $facet}) a pack at once and (e) tenant by tenant. All
 * against one in-process embedded server; the totals of every shape are compared. Run by
 * {@code bench/report-set.sh}; the goals are printed, never asserted.
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
		ReportSetShapes shapes = new ReportSetShapes(context, settings, store, reports, models, bareReports);
		shapes.warmUp();
		Settle.settle();
		Map<String, PhaseTimes> all = new LinkedHashMap<>(shapes.byTenant());
		Settle.settle();
		all.putAll(shapes.byPack());
		Map<String, String> names = names();
		all.forEach(
				(shape, times) -> System.out.printf("%-2s %-52s %8.1f s%n", shape, names.get(shape), times.seconds()));
		System.out.println("figures: " + shapes.agreement());
		long floor = bareReports.scanFloorNanos();
		System.out.printf("scan floor: an aggregation matching no case takes %.1f ms (%.0f ns a stored case)%n",
				floor / 1e6, (double) floor / cases);

		breakdown(store, reports, all);
		summary(settings, store, cases, reports, all, floor);
	}

	private static void breakdown(ReportSetCases store, Map<String, List<ReportDefinition>> reports,
			Map<String, PhaseTimes> shapes) {
		System.out.println();
		System.out.println("== where the time goes: ms a run (c, d: ms a run for all the pack's tenants at once) ==");
		System.out.println("(aggs: aggregations a run of b; parts: the partitions of a's Batch job (and a3), one a"
				+ " feedback type when the report counts several, each running all of the report's aggregations)");
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

	private static Map<String, String> names() {
		return Map.of("a", "engine: ReportRuns.start, a Spring Batch job a run", "a3",
				"aggregation core by partition: ReportRunner.accumulate", "a2",
				"aggregation core alone: ReportRunner.run", "b", "bare: an aggregation a condition, a tenant", "c",
				"bare: an aggregation a condition, a pack of tenants", "d",
				"bare: an aggregation a report ($facet), a pack of tenants", "e",
				"bare: an aggregation a report ($facet), a tenant");
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
		Map<String, String> names = names();
		shapes.forEach((shape, times) -> System.out.printf("%-2s %-58s %8.1f s %,12.0f cases/s   a / %-2s %6.2f%n",
				shape, names.get(shape), times.seconds(), cases / times.seconds(), shape, engine / times.seconds()));
		long bare = 0;
		long engineAggregations = 0;
		for (List<ReportDefinition> ofTenant : reports.values()) {
			for (ReportDefinition report : ofTenant) {
				bare += aggregations(report);
				engineAggregations += (long) aggregations(report) * partitions(report);
			}
		}
		System.out.printf("aggregations: a and a3 %,d (by partition), a2 and b %,d, each over the whole collection on"
				+ " the embedded server%n", engineAggregations, bare);
		System.out.printf(
				"of which scanning the other tenants' cases (aggregations x scan floor %.1f ms): a and a3"
						+ " %.1f s, a2 and b %.1f s%n",
				floor / 1e6, engineAggregations * floor / 1e9, bare * floor / 1e9);
		double parted = shapes.get("a3").seconds();
		System.out.printf(
				"a - a2 = %.1f s: partitions by feedback type (a3 - a2) %.1f s; Spring Batch, run history"
						+ " and stored result (a - a3) %.1f s, %.0f ms a run%n",
				engine - shapes.get("a2").seconds(), parted - shapes.get("a2").seconds(), engine - parted,
				(engine - parted) * 1000 / runs);
		System.out.printf("goal total <= %.0f s on 2 cores (memory backend): %s (%.1f s, %d cores)%n", GOAL_SECONDS,
				(engine <= GOAL_SECONDS) ? "yes" : "no", engine, Runtime.getRuntime().availableProcessors());
		System.out.printf("goal ratio a / b <= %.1f: %s (%.2f)%n", GOAL_RATIO, (ratio <= GOAL_RATIO) ? "yes" : "no",
				ratio);
	}

}
