package org.candour.queues;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tenant's open cases held in memory: read in full once per refresh period, cases this
 * instance changed read again one by one, everything read again after too many changes.
 */
class QueueSnapshotsTests {

	static final CurrentTenant TENANT = CurrentTenant.pooled("snapshot-tenant");

	final StoredCases stored = new StoredCases();

	final ChangedCases changed = new ChangedCases();

	@Test
	void readsTheOpenCasesOnceAndThenOnlyThoseThisInstanceChanged() {
		QueueSnapshots snapshots = new QueueSnapshots(this.stored, this.changed, Duration.ofMinutes(5));
		this.stored.put(entry("C-1", 0), entry("C-2", 0));
		assertThat(references(snapshots)).containsExactlyInAnyOrder("C-1", "C-2");

		this.stored.put(entry("C-2", 1), entry("C-3", 0));
		this.changed.changed(TENANT.value(), "C-2");
		this.stored.close("C-1");
		this.changed.changed(TENANT.value(), "C-1");
		assertThat(current(snapshots)).extracting(QueueEntry::reference, QueueEntry::version)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("C-2", 1L));
		assertThat(this.stored.fullReads).isEqualTo(1);
		assertThat(this.stored.singleReads).containsExactlyInAnyOrder("C-2", "C-1");
	}

	@Test
	void readsEverythingAgainOnceTheRefreshPeriodHasPassed() {
		QueueSnapshots snapshots = new QueueSnapshots(this.stored, this.changed, Duration.ZERO);
		this.stored.put(entry("C-1", 0));
		assertThat(references(snapshots)).containsExactly("C-1");
		this.stored.put(entry("C-2", 0));
		assertThat(references(snapshots)).containsExactlyInAnyOrder("C-1", "C-2");
		assertThat(this.stored.fullReads).isEqualTo(2);
	}

	@Test
	void readsEverythingAgainAfterTooManyChangesAndIgnoresTenantsItDoesNotHold() {
		QueueSnapshots snapshots = new QueueSnapshots(this.stored, this.changed, Duration.ofMinutes(5));
		this.changed.changed(TENANT.value(), "before anything was read");
		this.stored.put(entry("C-1", 0));
		assertThat(references(snapshots)).containsExactly("C-1");
		assertThat(this.stored.singleReads).isEmpty();
		for (int i = 0; i <= ChangedCases.MOST; i++) {
			this.changed.changed(TENANT.value(), "C-" + i);
		}
		this.stored.put(entry("C-2", 0));
		assertThat(references(snapshots)).containsExactlyInAnyOrder("C-1", "C-2");
		assertThat(this.stored.fullReads).isEqualTo(2);
		assertThat(this.stored.singleReads).isEmpty();
	}

	private static List<String> references(QueueSnapshots snapshots) {
		return current(snapshots).stream().map(QueueEntry::reference).toList();
	}

	private static Collection<QueueEntry> current(QueueSnapshots snapshots) {
		return TenantContext.callAs(TENANT, () -> List.copyOf(snapshots.current()));
	}

	private static QueueEntry entry(String reference, long version) {
		return new QueueEntry("id-" + reference, reference, version, 1, "complaint", "new", "new", "team", null, null,
				"Summary", "web", Instant.parse("2026-11-18T10:00:00Z"), "2026-11-25", false, Set.of(), List.of(),
				false);
	}

	/** The store, in memory, counting the reads. */
	static final class StoredCases extends QueueEntries {

		final Map<String, QueueEntry> open = new HashMap<>();

		final List<String> singleReads = new ArrayList<>();

		int fullReads;

		StoredCases() {
			super(null);
		}

		void put(QueueEntry... entries) {
			for (QueueEntry entry : entries) {
				this.open.put(entry.reference(), entry);
			}
		}

		void close(String reference) {
			this.open.remove(reference);
		}

		@Override
		List<QueueEntry> open() {
			this.fullReads++;
			return List.copyOf(this.open.values());
		}

		@Override
		Optional<QueueEntry> of(String reference) {
			this.singleReads.add(reference);
			return Optional.ofNullable(this.open.get(reference));
		}

	}

}
