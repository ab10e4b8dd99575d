package org.candour.cases;

import java.util.ArrayList;
import java.util.List;

/**
 * A case after one or more actions, not yet written, with the events to publish once it
 * is.
 *
 * @param next the case as it is to be written
 * @param events what happened, in order
 * @param rules the rules the case now runs under (another feedback type's after a
 * reclassification)
 */
record CaseChange(FeedbackCase next, List<CaseTransitioned> events, CaseRules rules) {

	CaseChange {
		events = List.copyOf(events);
	}

	/**
	 * This change followed by {@code later}, taken on its case: every event carries the
	 * case as it is to be written.
	 */
	CaseChange then(CaseChange later) {
		List<CaseTransitioned> all = new ArrayList<>();
		for (CaseTransitioned event : this.events) {
			all.add(new CaseTransitioned(event.reference(), event.action(), event.from(), event.to(),
					event.feedbackType(), later.next));
		}
		all.addAll(later.events);
		return new CaseChange(later.next, all, later.rules);
	}

}
