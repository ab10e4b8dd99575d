package org.candour.cases;

import java.util.Optional;

import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Service;

/**
 * Read access to stored cases of the current tenant for other modules: a case as the
 * system sees it (for work done after an event), a case as the caller may see it (for
 * endpoints), the case a request logged (by its idempotency key), and the people part
 * that holds its contact details.
 */
@Service
public class CaseLookup {

	private final Cases cases;

	private final People people;

	private final CaseActions actions;

	CaseLookup(Cases cases, People people, CaseActions actions) {
		this.cases = cases;
		this.people = people;
		this.actions = actions;
	}

	/** The case, whoever is calling (no investigator scope). */
	public Optional<FeedbackCase> find(CaseReference reference) {
		return this.cases.byReference(reference.value());
	}

	/** The case if the caller may see it; 404 otherwise. */
	public FeedbackCase visible(String reference) {
		return this.actions.load(reference);
	}

	/** Complainant and contact details, as stored apart from the case. */
	public Optional<ObjectNode> contact(FeedbackCase feedbackCase) {
		return this.people.of(feedbackCase.id(), feedbackCase.peopleHash());
	}

	/**
	 * Whether the case is synthetic demo data: logged as {@link SyntheticCasework#ACTOR},
	 * or met while demo data is generated (the cases its escalations open, for instance).
	 */
	public boolean synthetic(FeedbackCase feedbackCase) {
		return SyntheticCasework.generating() || (!feedbackCase.history().isEmpty()
				&& SyntheticCasework.ACTOR.equals(feedbackCase.history().get(0).by()));
	}

	/** The case if the caller may see it; 404 otherwise. */
	public FeedbackCase visible(CaseReference reference) {
		return visible(reference.value());
	}

	/** The case a request with this idempotency key logged, if any. */
	public Optional<FeedbackCase> loggedWith(String idempotencyKey) {
		return this.cases.byIdempotencyKey(idempotencyKey);
	}

}
