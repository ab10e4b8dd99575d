package org.candour.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import org.bson.Document;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The security log: sign-ins and their failures, sign-outs, refused access, rejected
 * tokens and role changes. An event with a tenant goes to that tenant's
 * {@code security_events}; one without to {@code platform_security_events}. Each is
 * counted in {@code candour.security.events} (tags type, tenant). Logging never fails the
 * request it describes.
 */
@Service
public class SecurityEvents {

	static final String ANONYMOUS = "anonymous";

	private static final String PLATFORM = "platform";

	private static final Logger log = LoggerFactory.getLogger(SecurityEvents.class);

	private final MongoTemplate mongo;

	private final MeterRegistry meters;

	private final Clock clock;

	SecurityEvents(MongoTemplate mongo, MeterRegistry meters, Optional<Clock> clock) {
		this.mongo = mongo;
		this.meters = meters;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** Records an event in the current tenant (if any) for the current request's path. */
	public void record(SecurityEventType type, String user, String path, String detail) {
		record(type, TenantContext.current().orElse(null), user, path, detail);
	}

	/** Records an event in the given tenant, or the platform log when it is null. */
	public void record(SecurityEventType type, CurrentTenant tenant, String user, String path, String detail) {
		String who = user == null ? ANONYMOUS : user;
		String where = path != null ? path : currentPath();
		Document event = new Document("_id", UUID.randomUUID().toString()).append("type", type.code())
			.append("user", who)
			.append("path", where)
			.append("detail", detail)
			.append("at", Date.from(this.clock.instant()));
		try {
			if (tenant == null) {
				this.mongo.getCollection(SecurityCollections.PLATFORM_EVENTS).insertOne(event);
			}
			else {
				TenantContext.runAs(tenant,
						() -> this.mongo.getCollection(SecurityCollections.EVENTS).insertOne(event));
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not record security event {} for {} at {}: {}", type.code(), who, where, ex.toString());
		}
		this.meters
			.counter("candour.security.events", "type", type.code(), "tenant",
					tenant == null ? PLATFORM : tenant.value())
			.increment();
		log.info("Security event {} tenant={} user={} path={}: {}", type.code(),
				tenant == null ? PLATFORM : tenant.value(), who, where, detail);
	}

	/** The current tenant's events, newest first. */
	public List<SecurityEvent> list(String type, Instant since, int limit) {
		String tenant = TenantContext.require().value();
		return find(SecurityCollections.EVENTS, tenant, type, since, limit);
	}

	/** The platform's own events (those without a tenant), newest first. */
	public List<SecurityEvent> platform(String type, Instant since, int limit) {
		return find(SecurityCollections.PLATFORM_EVENTS, null, type, since, limit);
	}

	private List<SecurityEvent> find(String collection, String tenant, String type, Instant since, int limit) {
		Document filter = new Document();
		if (type != null) {
			filter.append("type", type);
		}
		if (since != null) {
			filter.append("at", new Document("$gte", Date.from(since)));
		}
		List<SecurityEvent> events = new ArrayList<>();
		this.mongo.getCollection(collection)
			.find(filter)
			.sort(new Document("at", -1))
			.limit(limit)
			.forEach(doc -> events.add(new SecurityEvent(doc.getString("type"), tenant, doc.getString("user"),
					doc.getString("path"), doc.getString("detail"), doc.getDate("at").toInstant())));
		return events;
	}

	private static String currentPath() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRequestURI();
		}
		return null;
	}

}
