package org.candour.definition.editing;

import org.candour.definition.Problem;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an operation on a workflow gave: the new document, or the unchanged one and why it
 * was refused.
 *
 * @param document the workflow document after the change (a new object; on refusal a copy
 * of the one given)
 * @param refusal why nothing changed (stable code, the pointer of what stands in the way,
 * plain message), or {@code null}
 * @param id the id of the state or action the operation was about
 */
public record WorkflowChange(ObjectNode document, Problem refusal, String id) {

	public boolean refused() {
		return this.refusal != null;
	}

	static WorkflowChange done(ObjectNode document, String id) {
		return new WorkflowChange(document, null, id);
	}

	static WorkflowChange refused(ObjectNode original, String code, String pointer, String message) {
		return new WorkflowChange(original.deepCopy(),
				Problem.error(code, "workflow/" + original.path("id").asString(""), pointer, message), null);
	}

}
