package org.candour.definition.editing;

import tools.jackson.databind.node.ObjectNode;

import org.candour.definition.Problem;

/**
 * What an operation on a form gave: the new document, or the unchanged one and why it was
 * refused.
 *
 * @param document the form document after the change (a new object; on refusal a copy of
 * the one given)
 * @param refusal why nothing changed (stable code, the pointer of what stands in the way,
 * plain message), or {@code null}
 * @param question the name of the question the operation added or copied, else
 * {@code null}
 */
public record FormChange(ObjectNode document, Problem refusal, String question) {

	public boolean refused() {
		return this.refusal != null;
	}

	static FormChange done(ObjectNode document) {
		return new FormChange(document, null, null);
	}

	static FormChange added(ObjectNode document, String question) {
		return new FormChange(document, null, question);
	}

	static FormChange refused(ObjectNode original, String code, String pointer, String message) {
		return new FormChange(original.deepCopy(),
				Problem.error(code, "form/" + original.path("id").asString(""), pointer, message), null);
	}

}
