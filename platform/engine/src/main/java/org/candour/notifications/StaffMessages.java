package org.candour.notifications;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.candour.config.ActiveConfigurations;
import org.candour.config.ConfigVersion;
import org.candour.definition.model.NotificationTemplate;
import org.candour.tenancy.Tenant;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Notifications to staff, for other modules (a case or a learning action given to
 * someone, reminders, overdue actions, high-risk cases): rendered from the tenant's
 * published staff template ({@code "audience": "staff"}) and queued in the same outbox as
 * residents' notifications, so delivery, retries and what each role sees of them are one
 * mechanism. Each message has a deterministic id (tenant, subject, template, trigger and
 * the address's member), so a repeat of the same event is a no-op: at most one email per
 * event and person, whatever retries or restarts happen.
 */
@Service
public class StaffMessages {

	private static final Logger log = LoggerFactory.getLogger(StaffMessages.class);

	private final ActiveConfigurations configurations;

	private final StaffAddresses addresses;

	private final TrackingLinkAddresses links;

	private final TenantDirectory tenants;

	private final Outbox outbox;

	private final NotificationDispatcher dispatcher;

	private final Clock clock;

	StaffMessages(ActiveConfigurations configurations, StaffAddresses addresses, TrackingLinkAddresses links,
			TenantDirectory tenants, Outbox outbox, NotificationDispatcher dispatcher, Optional<Clock> clock) {
		this.configurations = configurations;
		this.addresses = addresses;
		this.links = links;
		this.tenants = tenants;
		this.outbox = outbox;
		this.dispatcher = dispatcher;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * The address of a page of the officer workspace, e.g. {@code /cases/CASE-1} for
	 * {@code {publicUrl}/t/{tenant}/cases/CASE-1}.
	 */
	public String pageLink(String path) {
		return this.links.base() + "/t/" + TenantContext.require().value() + path;
	}

	/**
	 * Queues the template to the recipient (to each member of a team without a mailbox)
	 * unless it was queued for this subject and trigger before.
	 * @param subject what it is about: a case reference or a learning record's id (the
	 * case's notifications list shows those of its reference)
	 * @param values the placeholders' values ({@code tenantName} is added)
	 * @return how many were newly queued
	 */
	public int send(String subject, String templateId, String trigger, StaffRecipient recipient,
			Map<String, String> values) {
		Optional<ConfigVersion> version = this.configurations.current();
		Optional<NotificationTemplate> template = version.flatMap(v -> v.model().notificationTemplate(templateId))
			.filter(NotificationTemplate::forStaff);
		if (template.isEmpty()) {
			log.warn("No staff notification template '{}' in the published configuration: {} of {} not sent",
					templateId, trigger, subject);
			return 0;
		}
		NotificationTemplate spec = template.get();
		Map<String, String> filled = new LinkedHashMap<>(values);
		String tenant = TenantContext.require().value();
		filled.put("tenantName", this.tenants.find(tenant).map(Tenant::name).orElse(tenant));
		String subjectLine = TemplateText.fill(TemplateText.in(spec.subject(), "en"), filled);
		String body = TemplateText.fill(TemplateText.in(spec.body(), "en"), filled);
		String channel = spec.channel() != null ? spec.channel() : "email";
		int queued = 0;
		for (StaffAddresses.Address address : this.addresses.of(recipient, version.get().model().orgStructure())) {
			String problem = !"email".equals(channel)
					? "Candour sends email only; this template's channel is " + channel
					: address.email() == null ? "No email address is known for " + recipient.kind() + " '"
							+ address.name() + "' (see the member's profile or the team's mailbox)" : null;
			Map<String, String> personalisation = new LinkedHashMap<>();
			spec.used().forEach(name -> personalisation.put(name, filled.getOrDefault(name, "")));
			Notification notification = new Notification(
					tenant + ":" + subject + ":" + templateId + ":" + trigger + ":" + address.name(), subject,
					templateId, trigger, recipient.kind() + ":" + address.name(), address.email(), channel, "en",
					subjectLine, body, personalisation, spec.notifyTemplateId(),
					problem == null ? NotificationStatus.PENDING : NotificationStatus.NOT_SENT, 0, this.clock.instant(),
					null, problem, null, null, this.clock.instant(), null, 0);
			if (this.outbox.add(notification)) {
				queued++;
				if (problem == null) {
					this.dispatcher.soon(notification.id());
				}
			}
		}
		return queued;
	}

	/**
	 * Whether anything was queued for the subject, template and trigger (any address).
	 */
	public boolean queued(String subject, String templateId, String trigger) {
		return this.outbox.ofCase(subject)
			.stream()
			.anyMatch(n -> n.template().equals(templateId) && n.trigger().equals(trigger));
	}

}
