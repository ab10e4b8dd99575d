package org.candour.queues;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.candour.tenancy.TenantContext;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The open cases of each tenant as queues need them, held in memory so that showing a
 * queue never scans the tenant's cases. A tenant's snapshot is read in full at most once
 * per {@code candour.cases.queue-refresh} (so changes made by other instances appear
 * within it); cases this instance changes are read again, by reference, before the queues
 * are next shown. Snapshots of the most recently used tenants are kept.
 */
@Component
class QueueSnapshots {

	private static final int TENANTS = 64;

	private final QueueEntries entries;

	private final ChangedCases changed;

	private final long refreshNanos;

	private final Map<String, TenantQueue> byTenant = java.util.Collections
		.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, TenantQueue> eldest) {
				boolean evict = size() > TENANTS;
				if (evict) {
					QueueSnapshots.this.changed.forget(eldest.getKey());
				}
				return evict;
			}
		});

	QueueSnapshots(QueueEntries entries, ChangedCases changed,
			@Value("${candour.cases.queue-refresh:PT5S}") Duration refresh) {
		this.entries = entries;
		this.changed = changed;
		this.refreshNanos = refresh.toNanos();
	}

	/** The current tenant's open cases, soonest due first ({@link QueueEntry#BY_DUE}). */
	List<QueueEntry> current() {
		String tenant = TenantContext.require().value();
		return this.byTenant.computeIfAbsent(tenant, key -> new TenantQueue()).entries(tenant);
	}

	/** One tenant's snapshot; reads of the store happen under its lock, one at a time. */
	private final class TenantQueue {

		private volatile Map<String, QueueEntry> entries;

		private volatile List<QueueEntry> byDue;

		private volatile long readAt;

		List<QueueEntry> entries(String tenant) {
			if (this.entries == null || System.nanoTime() - this.readAt > QueueSnapshots.this.refreshNanos) {
				readAll(tenant, false);
			}
			List<String> changedCases = QueueSnapshots.this.changed.drain(tenant);
			if (changedCases == null) {
				readAll(tenant, true);
			}
			else if (!changedCases.isEmpty()) {
				readAgain(changedCases);
			}
			return this.byDue;
		}

		private synchronized void readAll(String tenant, boolean anyway) {
			long started = System.nanoTime();
			if (!anyway && this.entries != null && started - this.readAt <= QueueSnapshots.this.refreshNanos) {
				return;
			}
			// changes from now on are read again; those before are in the full read
			QueueSnapshots.this.changed.watch(tenant);
			QueueSnapshots.this.changed.drain(tenant);
			Map<String, QueueEntry> read = new HashMap<>();
			QueueSnapshots.this.entries.open().forEach(entry -> read.put(entry.reference(), entry));
			publish(read);
			this.readAt = started;
		}

		private synchronized void readAgain(List<String> references) {
			Map<String, QueueEntry> updated = new HashMap<>(this.entries);
			for (String reference : references) {
				QueueSnapshots.this.entries.of(reference)
					.ifPresentOrElse(entry -> updated.put(reference, entry), () -> updated.remove(reference));
			}
			publish(updated);
		}

		/** The entries, and the same in due order (the queues' usual order). */
		private void publish(Map<String, QueueEntry> read) {
			List<QueueEntry> sorted = new ArrayList<>(read.values());
			sorted.sort(QueueEntry.BY_DUE);
			this.byDue = List.copyOf(sorted);
			this.entries = read;
		}

	}

}
