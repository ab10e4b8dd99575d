package org.candour.web.officer.casework;

import java.util.List;

import org.candour.web.forms.FieldView;

/**
 * One classification on the triage screen: its action, and the questions revealed when it
 * is picked (the action's inputs, then who to allocate to, when the workflow allocates
 * next).
 *
 * @param action the triage action
 * @param label its label
 * @param fields the action's inputs
 * @param allocation the label of the allocating action, or null when there is none
 * @param allocationFields its inputs
 */
record TriageOption(String action, String label, List<FieldView> fields, String allocation,
		List<FieldView> allocationFields) {
}
