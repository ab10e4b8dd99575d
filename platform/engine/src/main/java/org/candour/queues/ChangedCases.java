package org.candour.queues;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.candour.cases.CaseStored;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The references of cases this instance has written since the queues last read them
 * ({@link CaseStored}), for the tenants whose queues are held in memory: the queues read
 * those cases again before they are next shown. Past {@value #MOST} changes the queues
 * read everything again instead, so nothing here grows without bound.
 */
@Component
class ChangedCases {

	static final int MOST = 500;

	private final Map<String, Changes> watched = new ConcurrentHashMap<>();

	/** Starts noting the tenant's changes. */
	void watch(String tenant) {
		this.watched.computeIfAbsent(tenant, key -> new Changes());
	}

	void forget(String tenant) {
		this.watched.remove(tenant);
	}

	@EventListener
	void stored(CaseStored stored) {
		changed(stored.tenant(), stored.reference().value());
	}

	void changed(String tenant, String reference) {
		Changes changes = this.watched.get(tenant);
		if (changes != null) {
			changes.add(reference);
		}
	}

	/**
	 * The cases changed since the last call, which forgets them; {@code null} when more
	 * than {@value #MOST} changed.
	 */
	List<String> drain(String tenant) {
		Changes changes = this.watched.get(tenant);
		return changes == null ? List.of() : changes.drain();
	}

	private static final class Changes {

		private final Set<String> references = ConcurrentHashMap.newKeySet();

		private volatile boolean overflowed;

		void add(String reference) {
			if (this.references.size() < MOST) {
				this.references.add(reference);
			}
			else {
				this.overflowed = true;
			}
		}

		List<String> drain() {
			boolean tooMany = this.overflowed;
			this.overflowed = false;
			List<String> drained = List.copyOf(this.references);
			this.references.removeAll(drained);
			return tooMany ? null : drained;
		}

	}

}
