package org.candour.security;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The sessions of visitors who have not signed in, by client: each gets the short
 * {@code candour.security.anonymous-sessions.timeout}, and a client holding more than
 * {@code max-per-client} loses its least recently used one. A session that signs in
 * leaves the count and gets the server's own timeout back.
 * <p>
 * The least recently used session goes, rather than the new one being refused, because
 * many residents can share one address (a library, an office, a mobile network's NAT):
 * refusing would shut them all out while the address is full, evicting costs only the
 * session that has waited longest.
 */
@Component
class AnonymousSessions implements HttpSessionListener, HttpSessionIdListener {

	private static final String SIGNED_IN = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

	private final AnonymousSessionSettings settings;

	private final Duration signedInTimeout;

	/** Per client, its sessions by id, least recently used first. */
	private final Map<String, LinkedHashMap<String, HttpSession>> byClient = new ConcurrentHashMap<>();

	private final Map<String, String> clientOf = new ConcurrentHashMap<>();

	AnonymousSessions(AnonymousSessionSettings settings,
			@Value("${server.servlet.session.timeout:30m}") Duration signedInTimeout) {
		this.settings = settings;
		this.signedInTimeout = signedInTimeout;
	}

	/** When a request of {@code client} that has {@code session} is answered. */
	void seen(HttpSession session, String client) {
		String id = session.getId();
		if (session.getAttribute(SIGNED_IN) != null) {
			if (forget(id)) {
				session.setMaxInactiveInterval((int) this.signedInTimeout.toSeconds());
			}
			return;
		}
		String owner = this.clientOf.putIfAbsent(id, client);
		if (owner == null) {
			session.setMaxInactiveInterval((int) this.settings.timeout().toSeconds());
			owner = client;
		}
		Map<String, HttpSession> evicted = new LinkedHashMap<>();
		this.byClient.compute(owner, (key, sessions) -> {
			LinkedHashMap<String, HttpSession> kept = sessions != null ? sessions
					: new LinkedHashMap<>(16, 0.75f, true);
			kept.put(id, session);
			Iterator<Map.Entry<String, HttpSession>> oldest = kept.entrySet().iterator();
			while (kept.size() > this.settings.maxPerClient()) {
				Map.Entry<String, HttpSession> entry = oldest.next();
				evicted.put(entry.getKey(), entry.getValue());
				oldest.remove();
			}
			return kept;
		});
		evicted.forEach((evictedId, evictedSession) -> {
			this.clientOf.remove(evictedId);
			end(evictedSession);
		});
	}

	@Override
	public void sessionDestroyed(HttpSessionEvent event) {
		forget(event.getSession().getId());
	}

	@Override
	public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
		String owner = this.clientOf.remove(oldSessionId);
		if (owner == null) {
			return;
		}
		HttpSession session = event.getSession();
		this.clientOf.put(session.getId(), owner);
		this.byClient.computeIfPresent(owner, (key, sessions) -> {
			if (sessions.remove(oldSessionId) != null) {
				sessions.put(session.getId(), session);
			}
			return sessions.isEmpty() ? null : sessions;
		});
	}

	private boolean forget(String id) {
		String owner = this.clientOf.remove(id);
		if (owner == null) {
			return false;
		}
		this.byClient.computeIfPresent(owner, (key, sessions) -> {
			sessions.remove(id);
			return sessions.isEmpty() ? null : sessions;
		});
		return true;
	}

	private static void end(HttpSession session) {
		try {
			session.invalidate();
		}
		catch (IllegalStateException ex) {
			// it ended meanwhile
		}
	}

}
