package org.candour.reports;

import java.util.List;

import org.candour.tenancy.TenantCollection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The tenant-owned collections of the reporting engine: runs (history, status and the
 * immutable result), the partial results of a run's partitions, published snapshots, and
 * the schedule slots claimed (one claim per report and slot across every instance).
 */
@Configuration(proxyBeanMethods = false)
class ReportCollections {

	static final String RUNS = "report_runs";

	static final String PARTS = "report_run_parts";

	static final String SNAPSHOTS = "report_snapshots";

	static final String SLOTS = "report_schedule_slots";

	@Bean
	TenantCollection reportRunsCollection() {
		return new TenantCollection(RUNS, List.of(TenantCollection.unique("tenant_id", "tenantId", "_id"),
				TenantCollection.index("tenant_report_requested", "tenantId", "reportId", "requestedAt")));
	}

	@Bean
	TenantCollection reportRunPartsCollection() {
		return new TenantCollection(PARTS, List.of(TenantCollection.unique("tenant_id", "tenantId", "_id"),
				TenantCollection.index("tenant_run", "tenantId", "runId")));
	}

	@Bean
	TenantCollection reportSnapshotsCollection() {
		return new TenantCollection(SNAPSHOTS, List.of(TenantCollection.unique("tenant_id", "tenantId", "_id"),
				TenantCollection.index("tenant_report_published", "tenantId", "reportId", "publishedAt")));
	}

	@Bean
	TenantCollection reportScheduleSlotsCollection() {
		return new TenantCollection(SLOTS, List.of(TenantCollection.unique("tenant_id", "tenantId", "_id")));
	}

}
