package org.candour.web.officer.queues;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;

/**
 * Keeps the last few bulk results of a session, so the result page can be shown after a
 * redirect (and reloaded) without taking the action again.
 */
@Component
class BulkResults {

	private static final String ATTRIBUTE = BulkResults.class.getName();

	private static final int KEPT = 10;

	String keep(HttpSession session, BulkResult result) {
		String id = UUID.randomUUID().toString();
		synchronized (session) {
			LinkedHashMap<String, BulkResult> kept = kept(session);
			kept.put(id, result);
			while (kept.size() > KEPT) {
				kept.remove(kept.keySet().iterator().next());
			}
			session.setAttribute(ATTRIBUTE, kept);
		}
		return id;
	}

	Optional<BulkResult> find(HttpSession session, String tenant, String id) {
		synchronized (session) {
			return Optional.ofNullable(kept(session).get(id)).filter(result -> result.tenant().equals(tenant));
		}
	}

	@SuppressWarnings("unchecked")
	private static LinkedHashMap<String, BulkResult> kept(HttpSession session) {
		Object kept = session.getAttribute(ATTRIBUTE);
		return kept instanceof Map<?, ?> ? (LinkedHashMap<String, BulkResult>) kept : new LinkedHashMap<>();
	}

}
