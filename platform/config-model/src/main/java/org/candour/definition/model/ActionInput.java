package org.candour.definition.model;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * A single value an action of a workflow asks for, read from the action's inputs: a date
 * (such as the date a response was sent) or a code from a code list (such as the
 * decision). Lists and free text are not single values and are left out.
 *
 * @param action the action that asks for it
 * @param name its property in the inputs (and in the case's outcome once recorded)
 * @param title its title; {@code null} when the schema gives none
 * @param date whether it is a date ({@code "format": "date"})
 * @param codes the codes it is answered with ({@code oneOf} constants, as a code list
 * expands to), none when it is not coded
 */
public record ActionInput(String action, String name, JsonNode title, boolean date, List<String> codes) {

	public ActionInput {
		codes = List.copyOf(codes);
	}

	/** Whether it is answered with a code. */
	public boolean coded() {
		return !this.codes.isEmpty();
	}

	/** The dates and coded answers of each action of a workflow, in document order. */
	public static List<ActionInput> of(WorkflowDefinition workflow) {
		List<ActionInput> inputs = new ArrayList<>();
		for (Transition transition : workflow.transitions()) {
			if (transition.inputs() == null) {
				continue;
			}
			transition.inputs().path("properties").properties().forEach(property -> {
				JsonNode schema = property.getValue();
				boolean date = "date".equals(schema.path("format").asString(""));
				List<String> codes = new ArrayList<>();
				schema.path("oneOf").forEach(choice -> {
					if (choice.path("const").isString()) {
						codes.add(choice.path("const").asString());
					}
				});
				if (date || !codes.isEmpty()) {
					inputs.add(new ActionInput(transition.action(), property.getKey(), Json.node(schema, "title"), date,
							codes));
				}
			});
		}
		return List.copyOf(inputs);
	}

}
