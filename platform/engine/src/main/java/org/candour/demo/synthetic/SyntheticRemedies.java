package org.candour.demo.synthetic;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.candour.api.Refusal;
import org.candour.cases.FeedbackCase;
import org.candour.remedies.RemedyPlans;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Remedies for a demo tenant's upheld closed cases, so the case screen's remedies, the
 * cases' totals and the remedies report are not empty: apologies and explanations
 * approved, payments paid (with a date and a reference), payments approved and waiting to
 * be paid, payments over an officer's delegated limit still proposed (waiting for a
 * manager), a service put right proposed and now and then a payment declined. Proposed
 * and moved on through {@link RemedyPlans}, exactly as the API would.
 */
final class SyntheticRemedies {

	private static final Logger log = LoggerFactory.getLogger(SyntheticRemedies.class);

	static final int MOST_CASES = 20;

	private final RemedyPlans remedies;

	private final Random random;

	private final LocalDate today;

	private final Set<String> kinds;

	private int next;

	private int made;

	SyntheticRemedies(RemedyPlans remedies, Random random, LocalDate today) {
		this.remedies = remedies;
		this.random = random;
		this.today = today;
		this.kinds = remedies.kinds().stream().map(RemedyPlans.Kind::code).collect(Collectors.toSet());
	}

	/** Offers remedies on up to {@value #MOST_CASES} cases; returns how many remedies. */
	int generate(List<FeedbackCase> upheld) {
		for (int i = 0; i < upheld.size() && i < MOST_CASES; i++) {
			FeedbackCase remedied = upheld.get(i);
			try {
				offer(remedied, this.next++ % 6);
			}
			catch (Refusal ex) {
				log.debug("Demo remedy for {} refused: {}", remedied.reference(), ex.violations());
			}
		}
		return this.made;
	}

	private void offer(FeedbackCase remedied, int scenario) {
		switch (scenario) {
			case 0 -> approve(remedied, propose(remedied, "apology", "A written apology for the failings found", 0));
			case 1 -> pay(remedied, "ex-gratia-payment", "An ex gratia payment for the distress caused",
					50 + this.random.nextInt(200));
			case 2 -> propose(remedied, "time-and-trouble-payment",
					"A payment for the time and trouble of pursuing the complaint", 300 + this.random.nextInt(600));
			case 3 -> {
				approve(remedied, propose(remedied, "explanation", "A full explanation of what went wrong", 0));
				propose(remedied, "service-put-right", "The missed service to be put right within ten working days", 0);
			}
			case 4 -> approve(remedied, propose(remedied, "reimbursement", "Reimbursement of the costs incurred",
					20 + this.random.nextInt(180)));
			default -> {
				approve(remedied, propose(remedied, "apology", "An apology for the delay in responding", 0));
				Proposed payment = propose(remedied, "financial-redress", "Financial redress for the loss claimed",
						100 + this.random.nextInt(400));
				decide(remedied, payment,
						decision("declined").put("reason", "The loss claimed was not caused by the failings found"));
			}
		}
	}

	private void pay(FeedbackCase remedied, String kind, String description, int pounds) {
		Proposed approved = approve(remedied, propose(remedied, kind, description, pounds));
		if (approved == null) {
			return;
		}
		LocalDate closed = (remedied.current().closedAt() != null)
				? LocalDate.ofInstant(remedied.current().closedAt(), ZoneOffset.UTC) : this.today;
		LocalDate paidOn = closed.plusDays(3 + this.random.nextInt(10));
		decide(remedied, approved,
				decision("paid").put("paidOn", (paidOn.isAfter(this.today) ? this.today : paidOn).toString())
					.put("paymentReference", "PAY-" + paidOn.getYear() + "-" + (1000 + this.random.nextInt(9000))));
	}

	/** Proposes a remedy of a kind the tenant has; null when it has not. */
	private Proposed propose(FeedbackCase remedied, String kind, String description, int pounds) {
		if (!this.kinds.contains(kind)) {
			return null;
		}
		ObjectNode body = JsonNodeFactory.instance.objectNode().put("kind", kind).put("description", description);
		if (pounds > 0) {
			body.put("amount", pounds);
		}
		String id = this.remedies.propose(remedied.caseReference(), body);
		this.made++;
		return new Proposed(id, 0);
	}

	private Proposed approve(FeedbackCase remedied, Proposed proposed) {
		return (proposed == null) ? null : decide(remedied, proposed, decision("approved"));
	}

	private Proposed decide(FeedbackCase remedied, Proposed remedy, ObjectNode body) {
		if (remedy == null) {
			return null;
		}
		return new Proposed(remedy.id(),
				this.remedies.decide(remedied.caseReference(), remedy.id(), body, remedy.version()));
	}

	private static ObjectNode decision(String state) {
		return JsonNodeFactory.instance.objectNode().put("state", state);
	}

	private record Proposed(String id, long version) {
	}

}
