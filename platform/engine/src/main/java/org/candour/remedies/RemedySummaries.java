package org.candour.remedies;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.candour.cases.CaseReference;

import org.springframework.stereotype.Component;

/**
 * The remedies of a case as other modules show them (the case screen's panel), for a case
 * the caller already may see.
 */
@Component
public class RemedySummaries {

	private final Remedies remedies;

	private final RemedyKinds kinds;

	RemedySummaries(Remedies remedies, RemedyKinds kinds) {
		this.remedies = remedies;
		this.kinds = kinds;
	}

	/** The case's remedies, by id. */
	public List<RemedySummary> of(CaseReference reference) {
		return this.remedies.ofCase(reference.value()).stream().map(this::summary).toList();
	}

	/** Every remedy of the tenant with the case it remedies, by id (subject access). */
	public List<CaseRemedy> all() {
		return this.remedies.all()
			.stream()
			.map(remedy -> new CaseRemedy(remedy.caseReference(), summary(remedy)))
			.toList();
	}

	/**
	 * A remedy and its case.
	 *
	 * @param caseReference the case it remedies
	 * @param remedy the remedy in short
	 */
	public record CaseRemedy(String caseReference, RemedySummary remedy) {
	}

	private RemedySummary summary(Remedy remedy) {
		Remedy.StateChange last = remedy.stateChanges().get(remedy.stateChanges().size() - 1);
		return new RemedySummary(remedy.id(), remedy.kind(), this.kinds.label(remedy.kind()), remedy.description(),
				remedy.amount(), remedy.state().code(), last.by(), last.at(), remedy.financial(), remedy.version(),
				(remedy.payment() == null) ? null : remedy.payment().paidOn(),
				(remedy.payment() == null) ? null : remedy.payment().reference(),
				(remedy.declined() == null) ? null : remedy.declined().reason());
	}

	/**
	 * One remedy in short.
	 *
	 * @param id {@code REM-000001}
	 * @param kind its code in the {@code remedy-kinds} code list
	 * @param kindLabel the code's English label in that list (the code when it has none)
	 * @param description what is offered
	 * @param amount in pounds, for a payment; null otherwise
	 * @param state proposed, approved, paid or declined
	 * @param by who moved it into that state
	 * @param at when
	 * @param financial whether it is a payment
	 * @param version its version, for a change made from it
	 * @param paidOn the day a paid remedy was paid; null otherwise
	 * @param paymentReference the payment's reference; null when not paid
	 * @param declinedReason why a declined remedy was declined; null otherwise
	 */
	public record RemedySummary(String id, String kind, String kindLabel, String description, BigDecimal amount,
			String state, String by, Instant at, boolean financial, long version, java.time.LocalDate paidOn,
			String paymentReference, String declinedReason) {
	}

}
