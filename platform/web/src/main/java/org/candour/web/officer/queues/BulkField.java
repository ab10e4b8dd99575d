package org.candour.web.officer.queues;

import java.util.List;

/**
 * One input of a bulk action, as the bulk action page asks for it.
 *
 * @param name the input's name (its property in the action's inputs)
 * @param label the question
 * @param hint help under the question, or {@code null}
 * @param kind {@code select}, {@code text}, {@code textarea} or {@code number}
 * @param required whether the action needs it
 * @param options the choices of a select
 */
record BulkField(String name, String label, String hint, String kind, boolean required, List<Option> options) {

	static final String SELECT = "select";

	static final String NUMBER = "number";

	static final String TEXTAREA = "textarea";

	static final String TEXT = "text";

	/** The field's id in the page (inputs are prefixed so they never clash). */
	public String id() {
		return "input-" + this.name;
	}

}
