package org.candour.definition.editing;

import java.time.LocalDate;
import java.util.List;

import org.candour.definition.editing.OrgStructureEditor.NewUnit;
import org.candour.definition.editing.OrgStructureEditor.Restructure;
import org.candour.definition.model.OrgStructure;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class OrgStructureEditorTests {

	private static final LocalDate APRIL = LocalDate.of(2027, 4, 1);

	static ObjectNode highways() {
		return Documents
			.json("""
					{"kind": "org-structure", "id": "organisation", "title": "Structure", "spec": {"units": [
					  {"id": "place", "name": "Place", "type": "directorate", "effectiveFrom": "2024-04-01", "children": [
					    {"id": "highways", "name": "Highways", "type": "service", "effectiveFrom": "2024-04-01", "children": [
					      {"id": "highways-north", "name": {"en": "Highways North", "cy": "Priffyrdd y Gogledd"},
					       "type": "team", "effectiveFrom": "2024-04-01", "mailbox": "north@example.gov.uk"},
					      {"id": "highways-south", "name": "Highways South", "type": "team", "effectiveFrom": "2024-04-01"},
					      {"id": "street-lighting", "name": "Street Lighting", "type": "team", "effectiveFrom": "2024-04-01",
					       "effectiveTo": "2025-03-31"}]},
					    {"id": "waste", "name": "Waste", "type": "service", "effectiveFrom": "2024-04-01"}]}]}}
					""");
	}

	@Test
	void mergesUnitsAsOneChangeWithEndDatesTheNewUnitAndWhatItReplaces() {
		OrgEdit edit = OrgStructureEditor.restructure(highways(), new Restructure(
				List.of("highways-north", "highways-south"), "Highways Maintenance", "highways", APRIL));

		assertThat(edit.problems()).isEmpty();
		OrgStructure after = OrgStructure.read(edit.document());
		assertThat(after.unit("highways-north").orElseThrow().effectiveTo()).isEqualTo(LocalDate.of(2027, 3, 31));
		assertThat(after.unit("highways-south").orElseThrow().effectiveTo()).isEqualTo(LocalDate.of(2027, 3, 31));
		assertThat(after.unit("highways-maintenance").orElseThrow().replaces()).containsExactly("highways-north",
				"highways-south");
		assertThat(after.unit("highways-maintenance").orElseThrow().type()).isEqualTo("team");
		assertThat(after.successorOn("highways-north", APRIL)).isEqualTo("highways-maintenance");
		assertThat(after.activeOn(APRIL.minusDays(1)).stream().map(unit -> unit.id()))
			.contains("highways-north", "highways-south")
			.doesNotContain("highways-maintenance");
		assertThat(edit.document().at("/spec/units/0/children/0/children/0/mailbox").asString())
			.as("what the edit does not change stays")
			.isEqualTo("north@example.gov.uk");
	}

	@Test
	void refusesAMergeOfUnitsOfDifferentLevels() {
		OrgEdit edit = OrgStructureEditor.restructure(highways(),
				new Restructure(List.of("highways-north", "waste"), "Streets", "place", APRIL));

		assertThat(edit.problems()).extracting(OrgProblem::field).containsExactly("units");
		assertThat(edit.document()).isNull();
	}

	@Test
	void refusesToEndAUnitThatAlreadyEndedOrStillHasUnitsInside() {
		assertThat(OrgStructureEditor
			.restructure(highways(),
					new Restructure(List.of("street-lighting", "highways-north"), "Lights", "highways", APRIL))
			.problems()).extracting(OrgProblem::message)
			.containsExactly("'Street Lighting' already ended on 31 March 2025: choose another unit");
		assertThat(OrgStructureEditor.close(highways(), "highways", APRIL).problems()).extracting(OrgProblem::message)
			.containsExactly(
					"'Highways' still has 'Highways North', 'Highways South' inside it: close or merge those first");
	}

	@Test
	void refusesAParentOfTheWrongLevelOrOneThatEnds() {
		assertThat(
				OrgStructureEditor
					.restructure(highways(),
							new Restructure(List.of("highways-north", "highways-south"), "Roads", "highways-north",
									APRIL))
					.problems())
			.extracting(OrgProblem::field)
			.containsExactly("parent");
		assertThat(OrgStructureEditor.add(highways(), new NewUnit("Potholes", "team", "place", APRIL)).problems())
			.extracting(OrgProblem::message)
			.containsExactly("A team cannot sit inside 'Place', a directorate");
		assertThat(OrgStructureEditor.add(highways(), new NewUnit("", "team", "", null)).problems())
			.extracting(OrgProblem::field)
			.containsExactly("name", "from");
	}

	@Test
	void addsAUnitWithAnIdNeverUsedBefore() {
		OrgEdit edit = OrgStructureEditor.add(highways(), new NewUnit("Street lighting", "team", "highways", APRIL));

		OrgStructure after = OrgStructure.read(edit.document());
		assertThat(after.unit("street-lighting-2").orElseThrow().parent()).isEqualTo("highways");
		assertThat(after.unit("street-lighting-2").orElseThrow().effectiveFrom()).isEqualTo(APRIL);
	}

	@Test
	void renamesKeepingTheWelshNameAndClosesOnTheLastDay() {
		ObjectNode renamed = OrgStructureEditor.rename(highways(), "highways-north", "Highways North and East")
			.document();
		assertThat(renamed.at("/spec/units/0/children/0/children/0/name").toString())
			.isEqualTo("{\"en\":\"Highways North and East\",\"cy\":\"Priffyrdd y Gogledd\"}");

		ObjectNode closed = OrgStructureEditor.close(highways(), "waste", APRIL).document();
		assertThat(OrgStructure.read(closed).unit("waste").orElseThrow().effectiveTo()).isEqualTo(APRIL);
		assertThat(OrgStructureEditor.close(highways(), "waste", LocalDate.of(2020, 1, 1)).problems())
			.extracting(OrgProblem::message)
			.containsExactly("'Waste' only starts on 1 April 2024: choose a later date");
	}

}
