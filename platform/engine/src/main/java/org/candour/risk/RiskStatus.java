package org.candour.risk;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.candour.cases.FeedbackCase;
import org.candour.cases.FieldChange;
import org.candour.cases.HistoryEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What {@code meta.risk} says of a case, derived from its outcome's risk assessment and
 * its history: the category and flags, the history entry that last recorded the
 * assessment (when, by whom), and whether an edit of the case data came after it, so the
 * assessment needs re-assessing.
 */
final class RiskStatus {

	static final String ASSESSMENT = "/outcome/riskAssessment";

	private static final String EDIT_DATA = "edit-data";

	private RiskStatus() {
	}

	/** Empty when the case has no risk assessment. */
	static Optional<ObjectNode> of(FeedbackCase feedbackCase) {
		JsonNode assessment = feedbackCase.current().outcome().path("riskAssessment");
		if (!assessment.isObject()) {
			return Optional.empty();
		}
		List<HistoryEntry> history = feedbackCase.history();
		int assessed = -1;
		for (int i = history.size() - 1; i >= 0 && assessed < 0; i--) {
			if (history.get(i).changes().stream().anyMatch(RiskStatus::assesses)) {
				assessed = i;
			}
		}
		ObjectNode risk = JsonNodeFactory.instance.objectNode();
		risk.put("category", assessment.path("riskCategory").asString(null));
		List<String> flags = flags(assessment);
		risk.putArray("flags").addAll(flags.stream().map(JsonNodeFactory.instance::stringNode).toList());
		risk.put("highRisk", !flags.isEmpty());
		if (assessed >= 0) {
			risk.put("assessedAt", history.get(assessed).at().toString());
			risk.put("assessedBy", history.get(assessed).by());
		}
		Set<String> changed = new LinkedHashSet<>();
		String changedAt = null;
		for (int i = assessed + 1; assessed >= 0 && i < history.size(); i++) {
			HistoryEntry entry = history.get(i);
			if (EDIT_DATA.equals(entry.action())) {
				for (FieldChange change : entry.changes()) {
					if (change.path().startsWith("/data/")) {
						changed.add(change.path().substring("/data/".length()).split("/")[0]);
						changedAt = entry.at().toString();
					}
				}
			}
		}
		risk.put("reassess", !changed.isEmpty());
		if (!changed.isEmpty()) {
			risk.put("dataChangedAt", changedAt);
			risk.putArray("changedFields").addAll(changed.stream().map(JsonNodeFactory.instance::stringNode).toList());
		}
		return Optional.of(risk);
	}

	static List<String> flags(JsonNode risk) {
		List<String> flags = new ArrayList<>();
		JsonNode given = risk.has("highRiskFlags") ? risk.path("highRiskFlags") : risk.path("flags");
		given.forEach(flag -> flags.add(flag.asString()));
		return flags.stream().distinct().sorted().toList();
	}

	private static boolean assesses(FieldChange change) {
		return change.path().equals("/outcome") || change.path().equals(ASSESSMENT)
				|| change.path().startsWith(ASSESSMENT + "/");
	}

}
