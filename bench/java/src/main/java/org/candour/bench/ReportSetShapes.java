package org.candour.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.ReportDefinition;
import org.candour.reports.Partial;
import org.candour.reports.ReportResult;
import org.candour.reports.ReportRun;
import org.candour.reports.ReportRunner;
import org.candour.reports.ReportRuns;
import org.candour.reports.ReportTable;
import org.candour.tenancy.TenantContext;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The timed shapes of the report set and the figures each computed. The tenant-by-tenant
 * shapes (a, a3, a2, b, e) take turns report by report, and so do the pack-at-once ones
 * (c, d), so that whatever else the machine does weighs on each alike.
 */
final class ReportSetShapes {

	static final List<String> BY_TENANT = List.of("a", "a3", "a2", "b", "e");

	static final List<String> BY_PACK = List.of("c", "d");

	private final ConfigurableApplicationContext context;

	private final ReportSetSettings settings;

	private final ReportSetCases store;

	private final Map<String, List<ReportDefinition>> reports;

	private final Map<String, CompiledConfiguration> models;

	private final BareReports bare;

	/** Shape → "tenant report measure" → {value, denominator}. */
	private final Map<String, Map<String, double[]>> figures = new TreeMap<>();

	ReportSetShapes(ConfigurableApplicationContext context, ReportSetSettings settings, ReportSetCases store,
			Map<String, List<ReportDefinition>> reports, Map<String, CompiledConfiguration> models, BareReports bare) {
		this.context = context;
		this.settings = settings;
		this.store = store;
		this.reports = reports;
		this.models = models;
		this.bare = bare;
	}

	/** The tenant-by-tenant shapes over the first tenant, untimed, for the JIT. */
	void warmUp() {
		String first = this.store.tenants().keySet().iterator().next();
		long start = System.nanoTime();
		byTenant(List.of(first));
		this.figures.clear();
		System.out.printf("warm-up: a, a3, a2, b and e over %s (%.1f s, not timed)%n", first,
				(System.nanoTime() - start) / 1e9);
	}

	/** a, a3, a2, b and e over every tenant. */
	Map<String, PhaseTimes> byTenant() {
		return byTenant(new ArrayList<>(this.store.tenants().keySet()));
	}

	private Map<String, PhaseTimes> byTenant(List<String> tenants) {
		Map<String, PhaseTimes> times = new LinkedHashMap<>();
		BY_TENANT.forEach(shape -> times.put(shape, new PhaseTimes()));
		ReportRuns runs = this.context.getBean(ReportRuns.class);
		ReportRunner runner = this.context.getBean(ReportRunner.class);
		ReportRuns.Request request = new ReportRuns.Request(this.settings.from(), this.settings.to(), null);
		for (String tenant : tenants) {
			String pack = this.store.tenants().get(tenant);
			ReportRunner.Run run = new ReportRunner.Run(this.settings.from(), this.settings.to(), null,
					this.models.get(tenant).orgStructure());
			TenantContext.runAs(this.store.tenant(tenant), () -> {
				for (ReportDefinition report : this.reports.get(tenant)) {
					long start = System.nanoTime();
					ReportRun done = runs.start(report.id(), request, "bench");
					times.get("a").add(pack, report.id(), System.nanoTime() - start);
					if (!done.done()) {
						throw new IllegalStateException(tenant + " " + report.id() + " did not complete: "
								+ done.status() + " " + done.error());
					}
					ReportResult result = runs.result(done.runId()).orElseThrow();
					result.totals().forEach((measure, figure) -> record("a", tenant, report, measure, figure));

					start = System.nanoTime();
					ReportTable parted = byPartition(runner, report, run);
					times.get("a3").add(pack, report.id(), System.nanoTime() - start);
					parted.totals().forEach((measure, figure) -> record("a3", tenant, report, measure, figure));

					start = System.nanoTime();
					ReportTable table = runner.run(report, run);
					times.get("a2").add(pack, report.id(), System.nanoTime() - start);
					table.totals().forEach((measure, figure) -> record("a2", tenant, report, measure, figure));

					start = System.nanoTime();
					Map<String, Map<String, double[]>> totals = this.bare.runAll(List.of(tenant), report,
							this.settings.from(), this.settings.to());
					times.get("b").add(pack, report.id(), System.nanoTime() - start);
					record("b", totals, report);

					start = System.nanoTime();
					totals = this.bare.runFaceted(List.of(tenant), report, this.settings.from(), this.settings.to());
					times.get("e").add(pack, report.id(), System.nanoTime() - start);
					record("e", totals, report);
				}
			});
		}
		return times;
	}

	/**
	 * The aggregation core as the Batch job's partitions run it: once a feedback type
	 * when the report counts several, the parts merged.
	 */
	private static ReportTable byPartition(ReportRunner runner, ReportDefinition report, ReportRunner.Run run) {
		List<String> types = report.feedbackTypes().stream().sorted().toList();
		if (types.size() < 2) {
			return runner.table(report, runner.accumulate(report, run, null));
		}
		Partial merged = Partial.empty();
		for (String type : types) {
			merged = merged.merge(runner.accumulate(report, run, List.of(type)));
		}
		return runner.table(report, merged);
	}

	/** c and d: every report of each pack once for all the pack's tenants. */
	Map<String, PhaseTimes> byPack() {
		Map<String, PhaseTimes> times = new LinkedHashMap<>();
		BY_PACK.forEach(shape -> times.put(shape, new PhaseTimes()));
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
				times.get("c").add(pack, report.id(), System.nanoTime() - start);
				record("c", totals, report);

				start = System.nanoTime();
				totals = this.bare.runFaceted(tenants, report, this.settings.from(), this.settings.to());
				times.get("d").add(pack, report.id(), System.nanoTime() - start);
				record("d", totals, report);
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
		for (String shape : List.of("a3", "a2", "b", "c", "d", "e")) {
			Map<String, double[]> other = this.figures.getOrDefault(shape, Map.of());
			engine.forEach((key, figure) -> {
				double[] theirs = other.get(key);
				if (theirs == null || theirs[0] != figure[0] || theirs[1] != figure[1]) {
					differences.add(shape + " " + key + ": a " + figure[0] + "/" + figure[1] + ", " + shape + " "
							+ ((theirs == null) ? "none" : theirs[0] + "/" + theirs[1]));
				}
			});
		}
		return differences.isEmpty() ? "a, a3, a2, b, c, d and e agree on all " + engine.size() + " totals"
				: differences.size() + " totals differ, e.g. "
						+ differences.subList(0, Math.min(5, differences.size()));
	}

}
