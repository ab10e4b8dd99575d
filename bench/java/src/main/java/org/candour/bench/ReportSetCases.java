package org.candour.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.candour.demo.synthetic.SyntheticCases;
import org.candour.packs.PackDeployment;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Fills the tenants for the report set benchmark. Each tenant gets one of the shipped
 * packs in turn; the first tenant of each pack gets {@code sample} synthetic cases
 * through the case engine ({@link SyntheticCases}: intake, workflow actions, clocks);
 * every other case is a copy of one of its pack's sample cases as stored, inserted in
 * bulk through the tenant-scoped {@code cases} collection inside the tenant's context (so
 * the scoping stamps {@code tenantId}), with a new id, a new reference and a receipt on a
 * day of the financial year drawn at random (everything else, clocks and history
 * included, as the sample case was stored).
 */
final class ReportSetCases {

	static final List<String> PACKS = List.of("county-council", "unitary-council-triage",
			"central-government-department", "ombudsman-customer-care");

	private static final long SEED = 20261202L;

	private static final int BATCH = 1_000;

	private final ConfigurableApplicationContext context;

	private final ReportSetSettings settings;

	private final MongoCollection<Document> rawCases;

	/** Tenant id → its pack, in tenant order. */
	private final Map<String, String> tenants = new LinkedHashMap<>();

	/** Figures of the filling, printed by the benchmark. */
	double deploySeconds;

	double sampleSeconds;

	int sampled;

	double copySeconds;

	int copied;

	ReportSetCases(ConfigurableApplicationContext context, ReportSetSettings settings,
			MongoCollection<Document> rawCases) {
		this.context = context;
		this.settings = settings;
		this.rawCases = rawCases;
		for (int i = 0; i < settings.tenants(); i++) {
			this.tenants.put(String.format("rs-%03d", i), PACKS.get(i % PACKS.size()));
		}
	}

	Map<String, String> tenants() {
		return this.tenants;
	}

	CurrentTenant tenant(String id) {
		return this.context.getBean(TenantManagement.class).get(id).asCurrent();
	}

	void fill() {
		PackDeployment packs = this.context.getBean(PackDeployment.class);
		long start = System.nanoTime();
		this.tenants.forEach((tenant, pack) -> packs.deployShipped(tenant, pack, true));
		this.deploySeconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("%d tenants created and given their pack in %.1f s%n", this.tenants.size(),
				this.deploySeconds);

		Map<String, List<Document>> samples = new LinkedHashMap<>();
		start = System.nanoTime();
		int index = 0;
		for (Map.Entry<String, String> tenant : this.tenants.entrySet()) {
			if (!samples.containsKey(tenant.getValue())) {
				int count = Math.min(this.settings.sample(), this.settings.casesOf(index));
				long seed = SEED + index;
				long one = System.nanoTime();
				int created = TenantContext.callAs(tenant(tenant.getKey()),
						() -> this.context.getBean(SyntheticCases.class).generate(count, seed));
				List<Document> stored = this.rawCases.find(new Document("tenantId", tenant.getKey()))
					.into(new ArrayList<>());
				samples.put(tenant.getValue(), stored);
				this.sampled += created;
				System.out.printf(
						"  sample %-30s %s: %,5d cases through the case engine in %5.1f s (%,.0f bytes"
								+ " of JSON a case)%n",
						tenant.getValue(), tenant.getKey(), created, (System.nanoTime() - one) / 1e9,
						averageJson(stored));
			}
			index++;
		}
		this.sampleSeconds = (System.nanoTime() - start) / 1e9;

		start = System.nanoTime();
		Random random = new Random(SEED);
		int toCopy = this.settings.cases() - this.sampled;
		int reported = 0;
		index = 0;
		for (Map.Entry<String, String> tenant : this.tenants.entrySet()) {
			List<Document> sample = samples.get(tenant.getValue());
			long present = this.rawCases.countDocuments(new Document("tenantId", tenant.getKey()));
			int missing = (int) Math.max(0, this.settings.casesOf(index) - present);
			copy(tenant.getKey(), sample, missing, random);
			this.copied += missing;
			if (this.copied >= (reported + 1) * (toCopy / 10.0)) {
				reported = (int) (this.copied * 10L / Math.max(1, toCopy));
				Runtime runtime = Runtime.getRuntime();
				System.out.printf("  copied %,d of %,d in %.1f s (heap used %,d MB, not collected)%n", this.copied,
						toCopy, (System.nanoTime() - start) / 1e9,
						(runtime.totalMemory() - runtime.freeMemory()) >> 20);
			}
			index++;
		}
		this.copySeconds = (System.nanoTime() - start) / 1e9;
	}

	private void copy(String tenant, List<Document> sample, int count, Random random) {
		int days = (int) (this.settings.to().toEpochDay() - this.settings.from().toEpochDay()) + 1;
		TenantContext.runAs(tenant(tenant), () -> {
			// the scoped collection takes the tenant it is got for
			MongoCollection<Document> cases = this.context.getBean(MongoTemplate.class).getCollection("cases");
			List<Document> batch = new ArrayList<>(BATCH);
			for (int i = 0; i < count; i++) {
				Document copy = new Document(sample.get(i % sample.size()));
				copy.remove("tenantId");
				copy.put("_id", new UUID(random.nextLong(), random.nextLong()).toString());
				copy.put("reference", copy.getString("reference") + "-c" + i);
				LocalDate day = this.settings.from().plusDays(random.nextInt(days));
				Instant at = day.atStartOfDay(ZoneOffset.UTC)
					.plusSeconds(8 * 3600 + random.nextInt(9 * 3600))
					.toInstant();
				copy.put("receivedOn", day.toString());
				copy.put("receivedAt", sameType(copy.get("receivedAt"), at));
				copy.put("receivedAtDate", Date.from(at));
				copy.put("createdAt", sameType(copy.get("createdAt"), at));
				batch.add(copy);
				if (batch.size() == BATCH) {
					cases.insertMany(batch);
					batch.clear();
				}
			}
			if (!batch.isEmpty()) {
				cases.insertMany(batch);
			}
		});
	}

	private static Object sameType(Object stored, Instant at) {
		return (stored instanceof Date) ? Date.from(at) : at.toString();
	}

	private static double averageJson(List<Document> stored) {
		return stored.stream().mapToInt(document -> document.toJson().length()).average().orElse(0);
	}

}
