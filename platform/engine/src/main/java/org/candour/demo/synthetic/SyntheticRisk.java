package org.candour.demo.synthetic;

import java.util.List;
import java.util.Random;

import org.candour.api.Refusal;
import org.candour.cases.CaseActions;
import org.candour.cases.FeedbackCase;
import org.candour.cases.TakeAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Risk assessments of some of a demo tenant's open cases, so the risk tags in the queues
 * and on the case screen are not empty: on cases whose workflow offers the action
 * {@value #ACTION} (the county's corporate complaints, and the unitary and central
 * government complaints), two in three are assessed, and one in three of those (the first
 * among them) records high-risk flags. Taken as an action, so the history,
 * {@code meta.risk} and its guards apply as for a real assessment.
 */
final class SyntheticRisk {

	static final String ACTION = "assess-risk";

	private static final Logger log = LoggerFactory.getLogger(SyntheticRisk.class);

	private static final List<String> CATEGORIES = List.of("complainant-third-parties", "decision-impact",
			"organisational-function", "staff-professional-standing", "none-identified");

	private static final List<List<String>> HIGH_RISK = List.of(List.of("serious-failures"),
			List.of("wider-public-interest"), List.of("serious-failures", "wider-public-interest"));

	private final CaseActions actions;

	private final Random random;

	SyntheticRisk(CaseActions actions, Random random) {
		this.actions = actions;
		this.random = random;
	}

	/** Assesses some of the open cases; says how many, and how many high risk. */
	Assessed generate(List<FeedbackCase> open) {
		int offeredSoFar = 0;
		int assessed = 0;
		int high = 0;
		for (FeedbackCase candidate : open) {
			boolean offered = this.actions.available(candidate)
				.stream()
				.anyMatch(transition -> ACTION.equals(transition.action()));

			if (!offered || offeredSoFar++ % 3 == 2) {
				continue;
			}
			boolean highRisk = assessed % 3 == 0;
			ObjectNode inputs = JsonNodeFactory.instance.objectNode();
			inputs.put("riskCategory",
					highRisk ? "complainant-third-parties" : CATEGORIES.get(this.random.nextInt(CATEGORIES.size())));
			if (highRisk) {
				HIGH_RISK.get(this.random.nextInt(HIGH_RISK.size())).forEach(inputs.putArray("highRiskFlags")::add);
			}
			inputs.put("riskRationale", highRisk
					? "The complaint describes a failure that could put the resident or others at serious risk."
					: "Assessed on the information given; no risk beyond the complaint itself.");
			try {
				this.actions.take(new TakeAction(candidate.caseReference(), ACTION, inputs, null, null));
				assessed++;
				high += highRisk ? 1 : 0;
			}
			catch (Refusal ex) {
				log.debug("Demo risk assessment of {} refused: {}", candidate.reference(), ex.violations());
			}
		}
		return new Assessed(assessed, high);
	}

	/**
	 * @param cases how many cases were assessed
	 * @param highRisk how many of them were flagged high risk
	 */
	record Assessed(int cases, int highRisk) {
	}

}
