package org.candour.definition.model;

import java.util.List;

import tools.jackson.databind.JsonNode;

import org.candour.definition.ConfigDocument;

/**
 * A kind of feedback a tenant takes (e.g. a stage 1 complaint): which form it is given
 * on, which workflow it runs and how it is shown. Optional members the document leaves
 * out are {@code null} (texts) or their documented defaults.
 *
 * @param id id of the document
 * @param title the document's title (officers' name for the type)
 * @param category broad category, e.g. {@code complaint}
 * @param form id of the form
 * @param workflow id of the workflow
 * @param isPublic whether residents may give it on the resident pages
 * @param publicTitle residents' name for it
 * @param confirmationTitle heading of the confirmation page
 * @param summary what the start page says about it
 * @param referencePrefix prefix of case references ({@code CASE} by default)
 * @param referenceFormat format of case references; {@code null} for the platform's
 * @param summaryField pointer to the case's one-line summary ({@code /summary} by
 * default)
 * @param defaultOrgUnit unit a new case goes to when none is given
 * @param escalatesTo feedback types its cases may be escalated to
 * @param channels channels officers may record a case as received through
 * @param acknowledgementTemplate template of the acknowledgement sent when logged
 * @param retentionMonths months after closure before case data is let go; {@code null}
 * when not set
 * @param sensitive whether cases may hold special category data
 * @param declaredSummaryField the summaryField the document gives; {@code null} when it
 * relies on the default
 * @param retired whether it takes no new cases (its open cases continue)
 * @param survey the survey residents are invited to once a case closes; {@code null} when
 * there is none
 * @param retention when its closed cases are disposed of, and how; {@code null} when they
 * are kept ({@code retentionMonths} not set)
 * @param open311 how it is offered as an Open311 service; {@code null} when it is not
 */
public record FeedbackType(String id, JsonNode title, String category, String form, String workflow, boolean isPublic,
		JsonNode publicTitle, JsonNode confirmationTitle, JsonNode summary, String referencePrefix,
		String referenceFormat, String summaryField, String defaultOrgUnit, List<String> escalatesTo,
		List<String> channels, String acknowledgementTemplate, Integer retentionMonths, boolean sensitive,
		String declaredSummaryField, boolean retired, Survey survey, Retention retention, Open311Service open311) {

	public FeedbackType {
		escalatesTo = List.copyOf(escalatesTo);
		channels = List.copyOf(channels);
	}

	/**
	 * The typed view of one feedback-type document (as the administrators' pages edit
	 * it).
	 */
	public static FeedbackType read(ConfigDocument document) {
		JsonNode spec = document.spec();
		JsonNode protection = spec.path("dataProtection");
		return new FeedbackType(document.id(), document.title(), Json.text(spec, "category"), Json.text(spec, "form"),
				Json.text(spec, "workflow"), spec.path("public").asBoolean(false), Json.node(spec, "publicTitle"),
				Json.node(spec, "confirmationTitle"), Json.node(spec, "summary"),
				spec.path("referencePrefix").asString("CASE"), Json.text(spec, "referenceFormat"),
				spec.path("summaryField").asString("/summary"), Json.text(spec, "defaultOrgUnit"),
				Json.strings(spec, "escalatesTo"), Json.strings(spec, "channels"),
				Json.text(spec, "acknowledgementTemplate"),
				protection.has("retentionMonths") ? protection.path("retentionMonths").asInt() : null,
				protection.path("sensitive").asBoolean(false), Json.text(spec, "summaryField"),
				spec.path("retired").asBoolean(false), Survey.read(spec.path("survey")), Retention.read(protection),
				Open311Service.read(spec.path("open311")));
	}

	/**
	 * The retention rule of its cases.
	 *
	 * @param months months after the trigger before a closed case is disposed of
	 * @param fromLastActivity whether the months count from the case's last change (else
	 * from its closure)
	 * @param delete whether the case is deleted (else anonymised)
	 */
	public record Retention(int months, boolean fromLastActivity, boolean delete) {

		static Retention read(JsonNode protection) {
			if (!protection.has("retentionMonths")) {
				return null;
			}
			return new Retention(protection.path("retentionMonths").asInt(),
					"last-activity".equals(protection.path("retentionFrom").asString("closure")),
					"delete".equals(protection.path("disposal").asString("anonymise")));
		}

		/**
		 * The first day a case whose period counts from {@code from} may be disposed of.
		 */
		public java.time.LocalDate endsOn(java.time.Instant from) {
			return from.atZone(java.time.ZoneOffset.UTC).toLocalDate().plusMonths(this.months);
		}

		/** The rule in words, as the disposal log records it. */
		public String describe(String feedbackType) {
			return feedbackType + ": " + (this.delete ? "delete" : "anonymise") + " " + this.months + " months after "
					+ (this.fromLastActivity ? "the last activity" : "closure");
		}

	}

	/**
	 * The short survey on how a case was handled, offered to the resident once it closes.
	 *
	 * @param form id of the form of the survey's questions
	 * @param equalityForm id of the form of equality monitoring questions offered after
	 * the survey; {@code null} when none is offered
	 * @param notificationTemplate id of the template queued to the resident when a case
	 * closes; {@code null} when no invitation of its own is sent
	 */
	public record Survey(String form, String equalityForm, String notificationTemplate) {

		static Survey read(JsonNode survey) {
			return survey.isObject() ? new Survey(Json.text(survey, "form"), Json.text(survey, "equalityForm"),
					Json.text(survey, "notificationTemplate")) : null;
		}

	}

}
