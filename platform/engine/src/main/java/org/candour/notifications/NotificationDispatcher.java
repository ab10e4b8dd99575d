package org.candour.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

import io.micrometer.core.instrument.MeterRegistry;
import org.candour.tenancy.ActiveTenants;
import org.candour.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends queued notifications: one try right after queuing (on a background thread, so the
 * request that logged the case never waits for or fails with the mail server), then
 * retries with backoff from a scheduled sweep. Each try is claimed with one conditional
 * update, so however many instances sweep, a notification is tried by one at a time;
 * after the last try it is marked failed, counted
 * ({@code candour.notifications.failed{tenant}}) and logged.
 */
@Component
class NotificationDispatcher {

	private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

	private static final int BATCH = 200;

	private final Outbox outbox;

	private final NotificationSettingsStore settings;

	private final MailTransports transports;

	private final NotificationProperties properties;

	private final ActiveTenants tenants;

	private final Executor executor;

	private final MeterRegistry meters;

	private final Clock clock;

	NotificationDispatcher(Outbox outbox, NotificationSettingsStore settings, MailTransports transports,
			NotificationProperties properties, ActiveTenants tenants,
			@Qualifier("applicationTaskExecutor") Executor executor, MeterRegistry meters, Optional<Clock> clock) {
		this.outbox = outbox;
		this.settings = settings;
		this.transports = transports;
		this.properties = properties;
		this.tenants = tenants;
		this.executor = executor;
		this.meters = meters;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * Tries a just-queued notification on a background thread (the tenant goes along).
	 */
	void soon(String id) {
		try {
			this.executor.execute(() -> {
				try {
					attempt(id);
				}
				catch (RuntimeException ex) {
					log.warn("Notification {} could not be tried now; the sweep will", id, ex);
				}
			});
		}
		catch (TaskRejectedException ex) {
			log.debug("Notification {} left to the sweep", id);
		}
	}

	/** Tries one notification of the current tenant if it is due; true when sent. */
	boolean attempt(String id) {
		NotificationSettings current = this.settings.current();
		Optional<MailTransport> transport = this.transports.ready(current);
		return transport.isPresent() && attempt(id, transport.get(), current);
	}

	@Scheduled(fixedDelayString = "${candour.notifications.sweep-interval:PT30S}",
			initialDelayString = "${candour.notifications.sweep-interval:PT30S}")
	void sweepAllTenants() {
		this.tenants.each("Notification sweep", this::sweep);
	}

	/** Tries every due notification of the current tenant; returns how many were sent. */
	int sweep() {
		List<Notification> due = this.outbox.due(this.clock.instant(), BATCH);
		if (due.isEmpty()) {
			return 0;
		}
		NotificationSettings current = this.settings.current();
		Optional<MailTransport> transport = this.transports.ready(current);
		if (transport.isEmpty()) {
			return 0;
		}
		int sent = 0;
		for (Notification notification : due) {
			if (attempt(notification.id(), transport.get(), current)) {
				sent++;
			}
		}
		return sent;
	}

	private boolean attempt(String id, MailTransport transport, NotificationSettings current) {
		Optional<Notification> claimed = this.outbox.claim(id, this.clock.instant(), this.properties.lease());
		if (claimed.isEmpty()) {
			return false;
		}
		Notification notification = claimed.get();
		try {
			String providerReference = transport.send(notification, current);
			this.outbox.sent(notification, this.clock.instant(), transport.name(), providerReference);
			this.meters.counter("candour.notifications.sent", "tenant", tenant(), "provider", transport.name())
				.increment();
			return true;
		}
		catch (DeliveryFailure failure) {
			settleFailure(notification, transport, failure);
			return false;
		}
		catch (RuntimeException ex) {
			settleFailure(notification, transport, new DeliveryFailure(ex.toString(), false, ex));
			return false;
		}
	}

	private void settleFailure(Notification notification, MailTransport transport, DeliveryFailure failure) {
		if (failure.permanent() || notification.attempts() >= this.properties.maxAttempts()) {
			this.outbox.failed(notification, transport.name(), failure.getMessage());
			this.meters.counter("candour.notifications.failed", "tenant", tenant()).increment();
			log.warn("Notification {} of case {} failed after {} tries: {}", notification.id(),
					notification.reference(), notification.attempts(), failure.getMessage());
			return;
		}
		Instant next = this.clock.instant().plus(this.properties.backoffAfter(notification.attempts()));
		this.outbox.retry(notification, next, transport.name(), failure.getMessage());
		log.info("Notification {} of case {} not sent (try {} of {}), next try at {}: {}", notification.id(),
				notification.reference(), notification.attempts(), this.properties.maxAttempts(), next,
				failure.getMessage());
	}

	private static String tenant() {
		return TenantContext.require().value();
	}

}
