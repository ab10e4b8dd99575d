package org.candour.learning;

import org.candour.api.RequestBodies;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;

/**
 * The learning module's API for other modules (the officer pages): read the register, a
 * record and the actions across records; record learning and change it. Requests are the
 * API's bodies ({@code learning-create}, {@code learning-patch}), checked against their
 * schemas and the rules exactly as the API checks them, so a page's refusals are the
 * API's ({@link org.candour.api.Refusal} with pointers).
 */
@Service
public class LearningPlans {

	/** The code list of learning themes. */
	public static final String THEMES = LearningRules.THEMES;

	private final LearningRegister register;

	private final LearningIntake intake;

	private final LearningChanges changes;

	private final RequestBodies bodies;

	LearningPlans(LearningRegister register, LearningIntake intake, LearningChanges changes, RequestBodies bodies) {
		this.register = register;
		this.intake = intake;
		this.changes = changes;
		this.bodies = bodies;
	}

	/**
	 * The register: theme, org unit and status ({@code open}, {@code overdue}) optional.
	 */
	public Listing<LearningView> register(String theme, String orgUnit, String status) {
		return this.register.list(theme, orgUnit, status);
	}

	public LearningView one(String id) {
		return this.register.one(id);
	}

	/**
	 * The actions across records; status {@code overdue}, {@code due}, {@code done} or
	 * null.
	 */
	public Listing<ActionRow> actions(String status) {
		return this.register.actions(status);
	}

	/**
	 * Records learning from a {@code learning-create} body; returns the new record's id.
	 */
	public String record(JsonNode body) {
		this.bodies.require("learning-create", body);
		return this.intake.record(body).id();
	}

	/** Changes a record with a {@code learning-patch} body made from {@code version}. */
	public LearningView change(String id, JsonNode body, long version) {
		this.bodies.require("learning-patch", body);
		return this.register.one(this.changes.change(id, body, version).id());
	}

}
