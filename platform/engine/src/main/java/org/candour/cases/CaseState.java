package org.candour.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.candour.workflow.CaseClock;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything about a case that its workflow changes, as one immutable snapshot; the
 * history hashes it after every change.
 *
 * @param feedbackType the configured feedback type (changes on reclassification)
 * @param workflow the workflow id
 * @param state the workflow state
 * @param stateCategory new, open, waiting or closed
 * @param orgUnit the directorate, service or team the case is about
 * @param team the team it is allocated to
 * @param officer the officer it is allocated to
 * @param summary one-line summary (from the form's summary field)
 * @param data the form data (without contact details)
 * @param outcome decision, response date, classification, learning…
 * @param meta anything else actions record
 * @param clocks the case's clocks
 * @param links links to other cases
 * @param closureReason why it closed
 * @param closedAt when it closed
 */
public record CaseState(String feedbackType, String workflow, String state, String stateCategory, String orgUnit,
		String team, String officer, String summary, ObjectNode data, ObjectNode outcome, ObjectNode meta,
		List<CaseClock> clocks, List<CaseLink> links, String closureReason, Instant closedAt) {

	/**
	 * The due date of the clock that falls due first, among those still running or
	 * paused.
	 */
	@com.fasterxml.jackson.annotation.JsonIgnore
	public Optional<java.time.LocalDate> nextDue() {
		return this.clocks.stream()
			.filter(clock -> !clock.stopped())
			.map(CaseClock::dueDate)
			.filter(java.util.Objects::nonNull)
			.min(java.time.LocalDate::compareTo);
	}

	public Optional<CaseClock> clock(String id) {
		return this.clocks.stream().filter(clock -> clock.id().equals(id)).findFirst();
	}

	CaseState withLinks(List<CaseLink> links) {
		return new CaseState(this.feedbackType, this.workflow, this.state, this.stateCategory, this.orgUnit, this.team,
				this.officer, this.summary, this.data, this.outcome, this.meta, this.clocks, List.copyOf(links),
				this.closureReason, this.closedAt);
	}

	CaseState withData(ObjectNode data, String summary) {
		return new CaseState(this.feedbackType, this.workflow, this.state, this.stateCategory, this.orgUnit, this.team,
				this.officer, summary, data, this.outcome, this.meta, this.clocks, this.links, this.closureReason,
				this.closedAt);
	}

	CaseState withMeta(ObjectNode meta) {
		return new CaseState(this.feedbackType, this.workflow, this.state, this.stateCategory, this.orgUnit, this.team,
				this.officer, this.summary, this.data, this.outcome, meta, this.clocks, this.links, this.closureReason,
				this.closedAt);
	}

	public boolean open() {
		return !"closed".equals(this.stateCategory);
	}

}
