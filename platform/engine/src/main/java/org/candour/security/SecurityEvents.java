package org.candour.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
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
 * tokens, role changes and residents' requests for a new tracking link. An event with a
 * tenant goes to that tenant's {@code security_events}; one without to
 * {@code platform_security_events}. Refusals a client can cause at will (rejected tokens,
 * refused requests, failed sign-ins) are stored once per client, user, type and
 * {@code candour.security.log.aggregation-window} with a count, and paths and user names
 * are cut to a length, so that a flood of them stays small. Each event is counted in
 * {@code candour.security.events} (tags type, tenant). Logging never fails the request it
 * describes.
 */
@Service
public class SecurityEvents {

	static final String ANONYMOUS = "anonymous";

	private static final String UNKNOWN_CLIENT = "unknown";

	private static final String PLATFORM = "platform";

	private static final int MAX_DETAIL_LENGTH = 500;

	private static final Set<SecurityEventType> REPEATABLE = EnumSet.of(SecurityEventType.TOKEN_REJECTED,
			SecurityEventType.ACCESS_DENIED, SecurityEventType.SIGN_IN_FAILURE,
			SecurityEventType.TRACKING_LINK_REQUEST_LIMITED);

	private static final Logger log = LoggerFactory.getLogger(SecurityEvents.class);

	private final MongoTemplate mongo;

	private final MeterRegistry meters;

	private final SecurityLogSettings settings;

	private final Clock clock;

	SecurityEvents(MongoTemplate mongo, MeterRegistry meters, SecurityLogSettings settings, Optional<Clock> clock) {
		this.mongo = mongo;
		this.meters = meters;
		this.settings = settings;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** Records an event in the current tenant (if any) for the current request's path. */
	public void record(SecurityEventType type, String user, String path, String detail) {
		record(type, TenantContext.current().orElse(null), user, path, detail);
	}

	/** Records an event in the given tenant, or the platform log when it is null. */
	public void record(SecurityEventType type, CurrentTenant tenant, String user, String path, String detail) {
		Entry entry = new Entry(type, cut(user == null ? ANONYMOUS : user, this.settings.maxPathLength()),
				currentClient(), cut(path != null ? path : currentPath(), this.settings.maxPathLength()),
				cut(detail, MAX_DETAIL_LENGTH), this.clock.instant());
		boolean first = true;
		try {
			first = in(tenant, REPEATABLE.contains(type) ? events -> count(events, tenant, entry) : events -> {
				events.insertOne(entry.document(UUID.randomUUID().toString()));
				return true;
			});
		}
		catch (RuntimeException ex) {
			log.warn("Could not record security event {} for {} at {}: {}", type.code(), entry.user(), entry.path(),
					ex.toString());
		}
		String where = tenant == null ? PLATFORM : tenant.value();
		this.meters.counter("candour.security.events", "type", type.code(), "tenant", where).increment();
		if (first) {
			log.info("Security event {} tenant={} user={} client={} path={}: {}", type.code(), where, entry.user(),
					entry.client(), entry.path(), entry.detail());
		}
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

	/**
	 * Adds one to the client's event of this type and window, creating it the first time;
	 * true when it was created.
	 */
	private boolean count(MongoCollection<Document> events, CurrentTenant tenant, Entry entry) {
		long window = Math.max(1, this.settings.aggregationWindow().toMillis());
		Instant start = Instant.ofEpochMilli(Math.floorDiv(entry.at().toEpochMilli(), window) * window);
		String key = String.join("\n", tenant == null ? PLATFORM : tenant.value(), entry.type().code(), entry.user(),
				entry.client(), start.toString());
		Document id = new Document("_id", UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString());
		Document first = entry.document(null);
		first.remove("count");
		first.remove("lastAt");
		Document update = new Document("$setOnInsert", first).append("$inc", new Document("count", 1L))
			.append("$set", new Document("lastAt", Date.from(entry.at())));
		try {
			return events.updateOne(id, update, new UpdateOptions().upsert(true)).getUpsertedId() != null;
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
				throw ex;
			}
			events.updateOne(id, update);
			return false;
		}
	}

	private <T> T in(CurrentTenant tenant, Function<MongoCollection<Document>, T> write) {
		if (tenant == null) {
			return write.apply(this.mongo.getCollection(SecurityCollections.PLATFORM_EVENTS));
		}
		return TenantContext.callAs(tenant, () -> write.apply(this.mongo.getCollection(SecurityCollections.EVENTS)));
	}

	private List<SecurityEvent> find(String collection, String tenant, String type, Instant since, int limit) {
		Document filter = new Document();
		if (type != null) {
			filter.append("type", type);
		}
		if (since != null) {
			Document after = new Document("$gte", Date.from(since));
			filter.append("$or", List.of(new Document("at", after), new Document("lastAt", after)));
		}
		List<SecurityEvent> events = new ArrayList<>();
		this.mongo.getCollection(collection)
			.find(filter)
			.sort(new Document("at", -1))
			.limit(limit)
			.forEach(doc -> events.add(new SecurityEvent(doc.getString("type"), tenant, doc.getString("user"),
					doc.getString("client"), doc.getString("path"), doc.getString("detail"),
					doc.getDate("at").toInstant(), doc.get("count") instanceof Number count ? count.longValue() : 1,
					doc.getDate("lastAt") == null ? null : doc.getDate("lastAt").toInstant())));
		return events;
	}

	static String cut(String value, int length) {
		if (value == null || value.length() <= length) {
			return value;
		}
		return value.substring(0, Math.max(0, length - 1)) + "…";
	}

	private static Optional<HttpServletRequest> currentRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? Optional.of(attributes.getRequest()) : Optional.empty();
	}

	private static String currentPath() {
		return currentRequest().map(HttpServletRequest::getRequestURI).orElse(null);
	}

	private static String currentClient() {
		return currentRequest().map(HttpServletRequest::getRemoteAddr).orElse(UNKNOWN_CLIENT);
	}

	private record Entry(SecurityEventType type, String user, String client, String path, String detail, Instant at) {

		Document document(String id) {
			Document document = id == null ? new Document() : new Document("_id", id);
			return document.append("type", this.type.code())
				.append("user", this.user)
				.append("client", this.client)
				.append("path", this.path)
				.append("detail", this.detail)
				.append("at", Date.from(this.at))
				.append("count", 1L)
				.append("lastAt", Date.from(this.at));
		}

	}

}
