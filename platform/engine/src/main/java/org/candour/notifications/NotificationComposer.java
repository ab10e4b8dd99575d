package org.candour.notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.candour.cases.CaseState;
import org.candour.cases.FeedbackCase;
import org.candour.definition.model.ClockDefinition;
import org.candour.definition.model.NotificationTemplate;
import org.candour.definition.model.WorkflowDefinition;
import org.candour.surveys.ServiceSurveys;
import org.candour.tenancy.Tenant;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantDirectory;
import org.candour.workflow.CaseClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Renders a notification-template for a case: picks the case's language (when the
 * template is written in it), fills the placeholders ({@code reference}, {@code dueDate},
 * {@code trackingLink}, {@code tenantName}, {@code data.<field>}, and {@code surveyLink}
 * for the resident of a case whose survey is offered) and decides whether it can be sent
 * at all. Only residents' email is sent; staff recipients are recorded as not sent,
 * because Candour keeps no staff email addresses yet.
 */
@Component
class NotificationComposer {

	static final String RESIDENT = "complainant";

	private static final Logger log = LoggerFactory.getLogger(NotificationComposer.class);

	private static final Map<String, DateTimeFormatter> DUE_DATE_FORMATS = new java.util.concurrent.ConcurrentHashMap<>();

	private final TrackingLinkAddresses links;

	private final TenantDirectory tenants;

	private final Clock clock;

	NotificationComposer(TrackingLinkAddresses links, TenantDirectory tenants, Optional<Clock> clock) {
		this.links = links;
		this.tenants = tenants;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** Empty when the case's configuration has no such template. */
	Optional<Notification> compose(CaseNotice notice, String templateId, String trigger, String recipient) {
		Optional<NotificationTemplate> template = notice.version().model().notificationTemplate(templateId);
		if (template.isEmpty()) {
			log.warn("Case {} asks for notification template '{}', which configuration version {} lacks",
					notice.feedbackCase().reference(), templateId, notice.version().number());
			return Optional.empty();
		}
		NotificationTemplate spec = template.get();
		String language = TemplateText.hasLanguage(spec.body(), notice.language()) ? notice.language() : "en";
		boolean resident = RESIDENT.equals(recipient);
		String to = resident ? ContactAddresses.email(notice.form(), notice.contact()).orElse(null) : null;
		Set<String> used = spec.used();
		Map<String, String> values = values(notice, language, resident, resident && used.contains("trackingLink"));
		if (resident && used.contains("surveyLink")
				&& ServiceSurveys.offered(notice.feedbackCase(), notice.feedbackType())) {
			// the survey's pages open in the language the message is written in
			values.put("surveyLink",
					this.links.surveyLinkFor(notice.feedbackCase()) + ("cy".equals(language) ? "?lang=cy" : ""));
		}
		String subject = TemplateText.fill(TemplateText.in(spec.subject(), language), values);
		String body = TemplateText.fill(TemplateText.in(spec.body(), language), values);
		String channel = (spec.channel() != null) ? spec.channel() : "email";
		String unsendable = unsendable(channel, resident, to);
		FeedbackCase feedbackCase = notice.feedbackCase();
		return Optional.of(
				new Notification(
						TenantContext.require().value() + ":" + feedbackCase.reference() + ":" + templateId + ":"
								+ trigger,
						feedbackCase.reference(), templateId, trigger, recipient, to, channel, language, subject, body,
						personalisation(used, values), spec.notifyTemplateId(),
						unsendable == null ? NotificationStatus.PENDING : NotificationStatus.NOT_SENT, 0,
						this.clock.instant(), null, unsendable, null, null, this.clock.instant(), null, 0));
	}

	private static String unsendable(String channel, boolean resident, String to) {
		if (!"email".equals(channel)) {
			return "Candour sends email only; this template's channel is " + channel;
		}
		if (!resident) {
			return "Recorded, not sent: Candour keeps no staff email addresses yet";
		}
		return to == null ? "The resident gave no email address" : null;
	}

	/**
	 * @param resident whether the resident receives it: then {@code dueDate} is that of a
	 * public clock only, never an internal one
	 * @param trackingLink whether to issue a tracking link: only for the resident, and
	 * only when the template uses one
	 */
	private Map<String, String> values(CaseNotice notice, String language, boolean resident, boolean trackingLink) {
		FeedbackCase feedbackCase = notice.feedbackCase();
		Map<String, String> values = new LinkedHashMap<>();
		values.put("reference", feedbackCase.reference());
		values.put("tenantName",
				this.tenants.find(TenantContext.require().value())
					.map(Tenant::name)
					.orElse(TenantContext.require().value()));
		(resident ? publicNextDue(notice) : feedbackCase.current().nextDue())
			.ifPresent(due -> values.put("dueDate", due.format(dueDateFormat(language))));
		if (trackingLink) {
			values.put("trackingLink", this.links.linkFor(feedbackCase, notice.justLogged()));
		}
		feedbackCase.current().data().properties().forEach(field -> {
			if (field.getValue().isValueNode() && !field.getValue().isNull()) {
				values.put("data." + field.getKey(), field.getValue().asString());
			}
		});
		return values;
	}

	/**
	 * The earliest due date of the case's running or paused clocks that residents see
	 * ({@code public} in the workflow); internal clocks are left out.
	 */
	private static Optional<LocalDate> publicNextDue(CaseNotice notice) {
		CaseState current = notice.feedbackCase().current();
		Map<String, ClockDefinition> definitions = notice.version()
			.model()
			.workflow(current.workflow())
			.map(WorkflowDefinition::clocks)
			.orElse(Map.of());
		return current.clocks()
			.stream()
			.filter(clock -> !clock.stopped() && clock.dueDate() != null)
			.filter(clock -> definitions.containsKey(clock.id()) && definitions.get(clock.id()).shownToResidents())
			.map(CaseClock::dueDate)
			.min(LocalDate::compareTo);
	}

	/**
	 * {@code d MMMM yyyy} in the language (made once per language: formatters are
	 * immutable).
	 */
	private static DateTimeFormatter dueDateFormat(String language) {
		return DUE_DATE_FORMATS.computeIfAbsent(language,
				tag -> DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(tag)));
	}

	/**
	 * The values GOV.UK Notify fills its own template with: those the template uses or
	 * lists, nothing else of the case.
	 */
	private static Map<String, String> personalisation(Set<String> used, Map<String, String> values) {
		Map<String, String> personalisation = new LinkedHashMap<>();
		used.forEach(name -> personalisation.put(name, values.getOrDefault(name, "")));
		return personalisation;
	}

}
