package org.candour.learning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import org.candour.cases.CaseMetaUpdates;
import org.candour.cases.CaseReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Keeps {@code meta.learning = {records, actions}} on each linked case, for guards (an
 * upheld complaint closes with learning and an action). Each summary is recomputed from
 * the learning collection, so writing it again is harmless: it is a second write after
 * the learning record's, not atomic with it, and the next change to any record linked to
 * the case (or an empty PATCH of one) heals a summary a failure left behind.
 */
@Component
class CaseLearningSummaries {

	static final String KEY = "learning";

	static final String HISTORY_ACTION = "learning";

	private static final Logger log = LoggerFactory.getLogger(CaseLearningSummaries.class);

	private final LearningRecords records;

	private final CaseMetaUpdates cases;

	CaseLearningSummaries(LearningRecords records, CaseMetaUpdates cases) {
		this.records = records;
		this.cases = cases;
	}

	/** Recomputes and stores the summary of each case; returns those not updated. */
	List<String> recompute(Collection<String> references) {
		List<String> missed = new ArrayList<>();
		for (String reference : new LinkedHashSet<>(references)) {
			List<LearningRecord> linked = this.records.linkedTo(reference);
			int actions = linked.stream().mapToInt(record -> record.actions().size()).sum();
			ObjectNode summary = JsonNodeFactory.instance.objectNode()
				.put("records", linked.size())
				.put("actions", actions);
			String comment = "Learning records: " + linked.size() + ", actions: " + actions;
			if (!this.cases.put(new CaseReference(reference), KEY, summary, HISTORY_ACTION, comment)) {
				log.warn("The learning summary of case {} was not updated; the next change heals it", reference);
				missed.add(reference);
			}
		}
		return missed;
	}

}
