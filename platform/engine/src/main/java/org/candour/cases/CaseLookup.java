package org.candour.cases;

import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Finds cases for other modules: by reference as the caller may see it (outside an
 * investigator's org units a case does not exist), or by the idempotency key it was
 * logged with.
 */
@Service
public class CaseLookup {

	private final CaseActions actions;

	private final Cases cases;

	CaseLookup(CaseActions actions, Cases cases) {
		this.actions = actions;
		this.cases = cases;
	}

	/**
	 * @return the case, if the caller may see it
	 * @throws org.candour.api.ApiException 404 when there is no such case for the caller
	 */
	public FeedbackCase visible(CaseReference reference) {
		return this.actions.load(reference.value());
	}

	/** The case a request with this idempotency key logged, if any. */
	public Optional<FeedbackCase> loggedWith(String idempotencyKey) {
		return this.cases.byIdempotencyKey(idempotencyKey);
	}

}
