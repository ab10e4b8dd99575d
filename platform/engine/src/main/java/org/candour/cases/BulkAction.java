package org.candour.cases;

import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/**
 * The command to take one action on many cases, each at the version the officer saw.
 *
 * @param action the action, as the cases' workflows name it
 * @param targets the cases and their versions
 * @param inputs the inputs; each case's transition gets only those it declares
 * @param comment the officer's note for each case's history, or null
 */
public record BulkAction(String action, List<CaseBulkActions.Target> targets, ObjectNode inputs, String comment) {

	public BulkAction {
		targets = List.copyOf(targets);
	}

}
