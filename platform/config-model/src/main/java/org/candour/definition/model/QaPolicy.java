package org.candour.definition.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.candour.definition.ConfigDocument;

/**
 * A tenant's quality assurance policy: what each month's sampling run draws, the
 * standards sampled cases are scored against, who scores and the targets.
 *
 * @param id id of the document
 * @param lineManager line-manager sampling of open cases per officer; {@code null} when
 * not configured
 * @param central central sampling of closed cases; {@code null} when not configured
 * @param thematic thematic reviews, in the document's order
 * @param outcomeStandards the outcome standards, in order
 * @param methodStandards the method standards, in order
 * @param commentRequired the answers ({@code yes}, {@code no}, {@code partly}) that need
 * a comment
 * @param managerRoles platform roles that give managers' scores
 * @param centralRoles platform roles that give central QA scores
 * @param targets the targets, in per cent
 */
public record QaPolicy(String id, LineManagerSampling lineManager, CentralSampling central,
		List<ThematicReview> thematic, List<Standard> outcomeStandards, List<Standard> methodStandards,
		Set<String> commentRequired, Set<String> managerRoles, Set<String> centralRoles, Targets targets) {

	public QaPolicy {
		thematic = List.copyOf(thematic);
		outcomeStandards = List.copyOf(outcomeStandards);
		methodStandards = List.copyOf(methodStandards);
	}

	/**
	 * @param openCasesPerOfficer how many open cases of each officer a month
	 */
	public record LineManagerSampling(int openCasesPerOfficer) {
	}

	/**
	 * @param percentOfClosed the share of the month's closed cases drawn, in per cent
	 * @param managerAlsoScores whether a central sample needs a manager's score too
	 */
	public record CentralSampling(BigDecimal percentOfClosed, boolean managerAlsoScores) {
	}

	/**
	 * @param id the review's id
	 * @param title what it looks at (text or translations)
	 * @param fromClosed true: cases closed in the month before the run; false: cases open
	 * at the run
	 * @param feedbackTypes only cases of these types; empty for all
	 * @param where condition on the case view; {@code null} for every case
	 * @param cases how many a month
	 */
	public record ThematicReview(String id, JsonNode title, boolean fromClosed, List<String> feedbackTypes,
			JsonNode where, int cases) {

		public ThematicReview {
			feedbackTypes = List.copyOf(feedbackTypes);
		}

	}

	/**
	 * @param id the standard's id
	 * @param question the question (text or translations)
	 * @param hint guidance; {@code null} when none
	 */
	public record Standard(String id, JsonNode question, JsonNode hint) {
	}

	/** Targets in per cent. */
	public record Targets(BigDecimal outcomeMet, BigDecimal methodMet, BigDecimal agreement, BigDecimal samplingDone) {

		/**
		 * The target of that name ({@code outcomeMet}…); {@code null} for another name.
		 */
		public BigDecimal named(String name) {
			return switch (name) {
				case "outcomeMet" -> this.outcomeMet;
				case "methodMet" -> this.methodMet;
				case "agreement" -> this.agreement;
				case "samplingDone" -> this.samplingDone;
				default -> null;
			};
		}

	}

	static QaPolicy read(ConfigDocument document) {
		JsonNode spec = document.spec();
		JsonNode sampling = spec.path("sampling");
		JsonNode lineManager = sampling.path("lineManager");
		JsonNode central = sampling.path("central");
		List<ThematicReview> thematic = new ArrayList<>();
		sampling.path("thematic")
			.forEach(review -> thematic.add(new ThematicReview(Json.text(review, "id"), Json.node(review, "title"),
					"closed".equals(Json.text(review, "from")), Json.strings(review, "feedbackTypes"),
					Json.node(review, "where"), review.path("cases").asInt())));
		JsonNode standards = spec.path("standards");
		JsonNode targets = spec.path("targets");
		return new QaPolicy(document.id(),
				lineManager.isObject() ? new LineManagerSampling(lineManager.path("openCasesPerOfficer").asInt())
						: null,
				central.isObject() ? new CentralSampling(central.path("percentOfClosed").decimalValue(),
						central.path("managerAlsoScores").asBoolean(false)) : null,
				thematic, standards(standards.path("outcome")), standards(standards.path("method")),
				Json.stringSet(standards, "commentRequired"), Json.stringSet(spec.path("reviewers"), "manager"),
				Json.stringSet(spec.path("reviewers"), "central"),
				new Targets(targets.path("outcomeMet").decimalValue(), targets.path("methodMet").decimalValue(),
						targets.path("agreement").decimalValue(), targets.path("samplingDone").decimalValue()));
	}

	private static List<Standard> standards(JsonNode list) {
		List<Standard> read = new ArrayList<>();
		list.forEach(standard -> read.add(
				new Standard(Json.text(standard, "id"), Json.node(standard, "question"), Json.node(standard, "hint"))));
		return read;
	}

	/** The outcome and method standards, outcome first. */
	public List<Standard> standards() {
		List<Standard> all = new ArrayList<>(this.outcomeStandards);
		all.addAll(this.methodStandards);
		return all;
	}

	/** The thematic review with this id, if the policy has it. */
	public java.util.Optional<ThematicReview> thematicReview(String id) {
		return this.thematic.stream().filter(review -> review.id().equals(id)).findFirst();
	}

}
