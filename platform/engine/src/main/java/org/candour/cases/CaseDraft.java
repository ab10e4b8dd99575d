package org.candour.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.candour.workflow.CaseClock;
import tools.jackson.databind.node.ObjectNode;

/**
 * A mutable working copy of a case's state while one action is being applied; never
 * stored.
 */
final class CaseDraft {

	String feedbackType;

	String workflow;

	String state;

	String stateCategory;

	String orgUnit;

	String team;

	String officer;

	String summary;

	final ObjectNode data;

	final ObjectNode outcome;

	final ObjectNode meta;

	final List<CaseClock> clocks;

	final List<CaseLink> links;

	String closureReason;

	/**
	 * The feedback type a reclassify effect asked for, applied after the other effects.
	 */
	String reclassifyTo;

	Instant closedAt;

	final List<PendingEscalation> escalations = new ArrayList<>();

	final List<NotificationRequest> notifications = new ArrayList<>();

	CaseDraft(CaseState state) {
		this.feedbackType = state.feedbackType();
		this.workflow = state.workflow();
		this.state = state.state();
		this.stateCategory = state.stateCategory();
		this.orgUnit = state.orgUnit();
		this.team = state.team();
		this.officer = state.officer();
		this.summary = state.summary();
		this.data = state.data().deepCopy();
		this.outcome = state.outcome().deepCopy();
		this.meta = state.meta().deepCopy();
		this.clocks = new ArrayList<>(state.clocks());
		this.links = new ArrayList<>(state.links());
		this.closureReason = state.closureReason();
		this.closedAt = state.closedAt();
	}

	CaseState toState() {
		return new CaseState(this.feedbackType, this.workflow, this.state, this.stateCategory, this.orgUnit, this.team,
				this.officer, this.summary, this.data, this.outcome, this.meta, List.copyOf(this.clocks),
				List.copyOf(this.links), this.closureReason, this.closedAt);
	}

	CaseClock clock(String id) {
		return this.clocks.stream().filter(clock -> clock.id().equals(id)).findFirst().orElse(null);
	}

	void put(CaseClock clock) {
		for (int i = 0; i < this.clocks.size(); i++) {
			if (this.clocks.get(i).id().equals(clock.id())) {
				this.clocks.set(i, clock);
				return;
			}
		}
		this.clocks.add(clock);
	}

}
