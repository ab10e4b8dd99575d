package org.candour.surveys;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.bson.Document;
import org.candour.api.ApiError;
import org.candour.api.Refusal;
import org.candour.cases.CaseLookup;
import org.candour.cases.FeedbackCase;
import org.candour.config.ActiveConfigurations;
import org.candour.definition.model.CalendarDefinition;
import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.FeedbackType;
import org.candour.definition.model.Form;
import org.candour.security.SurveyLinks;
import org.candour.security.TrackingLinks;
import tools.jackson.databind.JsonNode;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * The service survey of a closed case and the equality monitoring questions after it,
 * answered through a signed survey link, once each per case. Survey answers are stored
 * apart from the case: linked to it (reference, storage id, when it closed, when
 * answered) only when the resident chooses; otherwise with nothing but the feedback type
 * and the month the case closed. Equality answers are stored with the month they were
 * given and nothing else: never the case, the person, nor the survey answers.
 */
@Service
public class ServiceSurveys {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final SurveyLinks links;

	private final CaseLookup cases;

	private final ActiveConfigurations configurations;

	private final SurveyReceipts receipts;

	private final SurveyAnswerCheck check;

	private final MongoTemplate mongo;

	private final Clock clock;

	ServiceSurveys(SurveyLinks links, CaseLookup cases, ActiveConfigurations configurations, SurveyReceipts receipts,
			SurveyAnswerCheck check, MongoTemplate mongo, Optional<Clock> clock) {
		this.links = links;
		this.cases = cases;
		this.configurations = configurations;
		this.receipts = receipts;
		this.check = check;
		this.mongo = mongo;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * Whether a case is one whose resident is asked about its handling: closed, not by
	 * moving on to a next stage (no escalation pending, none made), and of a feedback
	 * type with a survey.
	 */
	public static boolean offered(FeedbackCase feedbackCase, FeedbackType type) {
		return type != null && type.survey() != null && !feedbackCase.current().open()
				&& feedbackCase.pendingEscalations().isEmpty()
				&& feedbackCase.current().links().stream().noneMatch(link -> "escalated-to".equals(link.relation()));
	}

	/**
	 * What a survey link offers: empty when it is not genuine, has expired, is another
	 * tenant's, or its case no longer exists, has another reference or is not (or no
	 * longer) one whose resident is asked.
	 */
	public Optional<SurveyInvitation> invitation(String token) {
		return this.links.verify(token).flatMap(this::invitation);
	}

	/** A link for a case that is {@link #offered}. */
	public String linkFor(FeedbackCase feedbackCase) {
		return this.links.issue(feedbackCase);
	}

	/** Whether the case's survey has been answered (for the tracking page). */
	public boolean answered(FeedbackCase feedbackCase) {
		return this.receipts.has(feedbackCase.id(), SurveyReceipts.SURVEY);
	}

	/**
	 * What the tracking page of a case offers: nothing when the case is not one whose
	 * resident is asked; a new survey link while the survey is unanswered; thanks once it
	 * is answered.
	 */
	public Optional<Offer> offer(String caseId, String reference) {
		return invitation(new TrackingLinks.Link(caseId, new org.candour.cases.CaseReference(reference)))
			.map(invitation -> invitation.answered() ? new Offer(true, null)
					: new Offer(false,
							this.cases.find(new org.candour.cases.CaseReference(reference))
								.map(this.links::issue)
								.orElse(null)));
	}

	/**
	 * The survey on a tracking page.
	 *
	 * @param answered whether it has been answered
	 * @param token a survey link's token while it has not
	 */
	public record Offer(boolean answered, String token) {
	}

	private Optional<SurveyInvitation> invitation(TrackingLinks.Link link) {
		Optional<FeedbackCase> found = this.cases.find(link.reference())
			.filter(feedbackCase -> feedbackCase.id().equals(link.caseId()));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		FeedbackCase feedbackCase = found.get();
		CompiledConfiguration model = this.configurations.require().model();
		Optional<FeedbackType> type = model.feedbackType(feedbackCase.current().feedbackType());
		if (type.isEmpty() || !offered(feedbackCase, type.get())) {
			return Optional.empty();
		}
		FeedbackType.Survey survey = type.get().survey();
		Optional<Form> form = model.form(survey.form());
		if (form.isEmpty()) {
			return Optional.empty();
		}
		Form equality = survey.equalityForm() != null ? model.form(survey.equalityForm()).orElse(null) : null;
		YearMonth closed = YearMonth.from(feedbackCase.current().closedAt().atZone(zone(model)));
		return Optional.of(new SurveyInvitation(feedbackCase.id(), feedbackCase.reference(), type.get(), closed,
				form.get(), equality, this.receipts.has(feedbackCase.id(), SurveyReceipts.SURVEY),
				this.receipts.has(feedbackCase.id(), SurveyReceipts.EQUALITY)));
	}

	/**
	 * Stores the survey's answers, once per case.
	 * @param linkToCase whether the resident chose to link them to their case
	 * @throws Refusal 422 with the answers' problems at {@code /answers/…}; 409 when the
	 * case has answered already
	 */
	public void answer(SurveyInvitation invitation, JsonNode answers, boolean linkToCase) {
		answer(invitation, answers, linkToCase, this.clock.instant());
	}

	/**
	 * As {@link #answer(SurveyInvitation, JsonNode, boolean)}, answered at {@code at}
	 * (demo data, made on a simulated clock).
	 */
	public void answer(SurveyInvitation invitation, JsonNode answers, boolean linkToCase, Instant at) {
		require(this.check.problems(invitation.form(), answers, "/answers"));
		Document stored = new Document("_id", UUID.randomUUID().toString()).append("form", invitation.form().id())
			.append("feedbackType", invitation.feedbackType().id())
			.append("monthClosed", invitation.monthClosed().toString())
			.append("linkedToCase", linkToCase)
			.append("answers", Document.parse(answers.toString()));
		if (linkToCase) {
			stored.append("caseReference", invitation.reference())
				.append("caseId", invitation.caseId())
				.append("answeredAt", java.util.Date.from(at));
		}
		store(invitation.caseId(), SurveyReceipts.SURVEY, SurveyCollections.SURVEY_ANSWERS, stored);
	}

	/**
	 * Stores the equality monitoring answers (an empty object when the resident chose not
	 * to answer), once per case, with no link to it.
	 * @throws Refusal 422 with the answers' problems at {@code /equality/…}; 409 when the
	 * case has answered already, or none are asked
	 */
	public void answerEquality(SurveyInvitation invitation, JsonNode answers) {
		answerEquality(invitation, answers, this.clock.instant());
	}

	/**
	 * As {@link #answerEquality(SurveyInvitation, JsonNode)}, answered at {@code at}
	 * (demo data, made on a simulated clock).
	 */
	public void answerEquality(SurveyInvitation invitation, JsonNode answers, Instant at) {
		if (invitation.equalityForm() == null) {
			throw Refusal.rulesBroken("No equality monitoring questions are asked", List.of(new ApiError("/equality",
					"survey.equality-not-asked", "This survey asks no equality monitoring questions")));
		}
		require(this.check.problems(invitation.equalityForm(), answers, "/equality"));
		YearMonth month = YearMonth.from(at.atZone(zone(this.configurations.require().model())));
		Document stored = new Document("_id", UUID.randomUUID().toString())
			.append("form", invitation.equalityForm().id())
			.append("month", month.toString())
			.append("answers", Document.parse(answers.toString()));
		store(invitation.caseId(), SurveyReceipts.EQUALITY, SurveyCollections.EQUALITY_ANSWERS, stored);
	}

	private void store(String caseId, String part, String collection, Document stored) {
		if (!this.receipts.take(caseId, part)) {
			throw Refusal.stale("This case's " + part + " answers have already been given", Map.of("part", part));
		}
		try {
			this.mongo.getCollection(collection).insertOne(stored);
		}
		catch (RuntimeException ex) {
			this.receipts.giveBack(caseId, part);
			throw ex;
		}
	}

	private static void require(List<ApiError> problems) {
		if (!problems.isEmpty()) {
			throw Refusal.rulesBroken("The answers are not valid", problems);
		}
	}

	static ZoneId zone(CompiledConfiguration model) {
		return model.calendar().map(CalendarDefinition::zone).filter(java.util.Objects::nonNull).orElse(LONDON);
	}

}
