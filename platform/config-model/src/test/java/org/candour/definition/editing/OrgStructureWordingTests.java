package org.candour.definition.editing;

import java.time.LocalDate;
import java.util.List;

import org.candour.definition.editing.OrgStructureEditor.NewUnit;
import org.candour.definition.editing.OrgStructureEditor.Restructure;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class OrgStructureWordingTests {

	private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);

	@Test
	void tellsARestructureAsOneSentence() {
		ObjectNode before = OrgStructureEditorTests.highways();
		ObjectNode after = OrgStructureEditor
			.restructure(before,
					new Restructure(List.of("highways-north", "highways-south"), "Highways Maintenance", "highways",
							APRIL))
			.document();

		assertThat(Documents.sentences(before, after)).containsExactly(
				"'Highways North' and 'Highways South' merge into 'Highways Maintenance' from 1 April 2026");
	}

	@Test
	void tellsAUnitReplacedElsewhereFromADayAsOneSentence() {
		ObjectNode before = OrgStructureEditorTests.highways();
		ObjectNode after = OrgStructureEditor
			.restructure(before, new Restructure(List.of("highways-south"), "Streets South", "waste", APRIL))
			.document();

		assertThat(Documents.sentences(before, after))
			.containsExactly("'Highways South' is replaced by 'Streets South' from 1 April 2026");
	}

	@Test
	void tellsUnitsAddedRenamedEndedAndMoved() {
		ObjectNode before = OrgStructureEditorTests.highways();
		ObjectNode after = OrgStructureEditor.add(before, new NewUnit("Potholes", "team", "highways", APRIL))
			.document();
		after = OrgStructureEditor.rename(after, "waste", "Waste and Recycling").document();
		after = OrgStructureEditor.close(after, "highways-south", LocalDate.of(2026, 6, 30)).document();
		after = Documents.edited(after, document -> Documents.at(document, "/spec/units/0/children/0/children/0")
			.put("mailbox", "roads@example.gov.uk"));

		assertThat(Documents.sentences(before, after)).containsExactlyInAnyOrder(
				"Team 'Potholes' added from 1 April 2026", "Service 'Waste' renamed to 'Waste and Recycling'",
				"Mailbox of team 'Highways North' changed", "Team 'Highways South' ends on 30 June 2026");
	}

	@Test
	void tellsAUnitReopened() {
		ObjectNode before = OrgStructureEditorTests.highways();
		ObjectNode after = Documents.edited(before,
				document -> Documents.at(document, "/spec/units/0/children/0/children/2").remove("effectiveTo"));

		assertThat(Documents.sentences(before, after)).containsExactly("Team 'Street Lighting' no longer ends");
	}

}
