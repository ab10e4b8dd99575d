package org.candour.definition.editing;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.candour.definition.editing.Documents.at;
import static org.candour.definition.editing.Documents.edited;
import static org.candour.definition.editing.Documents.json;
import static org.candour.definition.editing.Documents.node;
import static org.candour.definition.editing.Documents.sentences;

class ReportChangeWordingTests {

	private static final ObjectNode REPORT = json("""
			{"kind": "report", "id": "timeliness", "title": "Timeliness", "spec": {
			  "feedbackTypes": ["complaint-stage-1"], "period": {"type": "financial-year"},
			  "dimensions": [{"id": "team", "label": "Team", "field": "team"}],
			  "measures": [{"id": "received", "label": "Received", "type": "count"},
			    {"id": "on-time", "label": "% on time", "type": "percentage", "target": 85,
			     "where": {"required": ["clocks"]}}],
			  "schedule": "0 6 1 * *"}}
			""");

	@Test
	void tellsMeasuresAndDimensionsAddedAndRemoved() {
		ObjectNode after = edited(REPORT, report -> {
			at(report, "/spec").withArray("measures").remove(0);
			at(report, "/spec").withArray("measures")
				.add(json("{\"id\": \"avg\", \"label\": \"Average days\", \"type\": \"avg\", "
						+ "\"between\": {\"from\": \"received\", \"to\": \"closed\"}}"));
			at(report, "/spec").withArray("dimensions")
				.add(json("{\"id\": \"state\", \"label\": \"State\", \"field\": \"state\"}"));
		});

		assertThat(sentences(REPORT, after)).containsExactly("Grouping 'State' (by state) added to 'Timeliness'",
				"Figure 'Average days' (avg) added to 'Timeliness'", "Figure 'Received' removed from 'Timeliness'");
	}

	@Test
	void tellsTargetConditionScheduleAndPeriodChanged() {
		ObjectNode after = edited(REPORT, report -> {
			at(report, "/spec/measures/1").put("target", 90).set("where", node("{\"required\": [\"outcome\"]}"));
			at(report, "/spec").put("schedule", "0 7 * * 1");
			at(report, "/spec/period").put("type", "quarter");
			at(report, "/spec/dimensions/0").put("orgStructure", "current");
			at(report, "/spec").withArray("feedbackTypes").add("complaint-stage-2");
		});

		assertThat(sentences(REPORT, after)).containsExactly(
				"Feedback type 'complaint-stage-2' now counted by 'Timeliness'",
				"Period of 'Timeliness' financial year → quarter",
				"Grouping 'Team' of 'Timeliness': structure set to current",
				"Target of '% on time' in 'Timeliness' 85 → 90",
				"Figure '% on time' of 'Timeliness': condition changed",
				"Schedule of 'Timeliness' Monthly on day 1 at 6am → Weekly on Monday at 7am");
	}

}
