package org.candour.cases;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The references of cases this instance has written since the queues last read them, per
 * tenant: the queues read those again before they are next shown.
 */
@Component
class ChangedCases {

	private final Map<String, Set<String>> byTenant = new ConcurrentHashMap<>();

	void changed(String tenant, String reference) {
		this.byTenant.computeIfAbsent(tenant, key -> ConcurrentHashMap.newKeySet()).add(reference);
	}

	/** The cases changed since the last call, which forgets them. */
	List<String> drain(String tenant) {
		Set<String> changed = this.byTenant.get(tenant);
		if (changed == null || changed.isEmpty()) {
			return List.of();
		}
		List<String> drained = List.copyOf(changed);
		changed.removeAll(drained);
		return drained;
	}

}
