package org.candour.learning;

import java.util.List;

import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.api.RequestBodies;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Learning records and their actions: the register, one record, recording and changing
 * learning, and the actions across records.
 */
@RestController
@RequestMapping("/api/tenants/{tenant}")
class LearningController {

	private final LearningRegister register;

	private final LearningIntake intake;

	private final LearningChanges changes;

	private final RequestBodies bodies;

	private final PublishedLearning published;

	LearningController(LearningRegister register, LearningIntake intake, LearningChanges changes, RequestBodies bodies,
			PublishedLearning published) {
		this.register = register;
		this.intake = intake;
		this.changes = changes;
		this.bodies = bodies;
		this.published = published;
	}

	/** "You said, we did": public, anonymised. */
	@GetMapping("/learning/published")
	@EndpointRoles(EndpointRoles.PUBLIC)
	Published published() {
		return new Published(this.published.list());
	}

	/** The published items, newest first. */
	record Published(List<PublishedLearning.Item> items) {
	}

	@GetMapping("/learning")
	@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR, EndpointRoles.AUDITOR })
	Listing<LearningView> list(@RequestParam(required = false) String theme,
			@RequestParam(required = false) String orgUnit, @RequestParam(required = false) String status) {
		return this.register.list(theme, orgUnit, status);
	}

	@PostMapping("/learning")
	@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR })
	ResponseEntity<LearningView> record(@RequestBody JsonNode body) {
		this.bodies.require("learning-create", body);
		LearningRecord recorded = this.intake.record(body);
		return ResponseEntity.status(HttpStatus.CREATED)
			.header("Location", recorded.id())
			.body(this.register.one(recorded.id()));
	}

	@GetMapping("/learning/{id}")
	@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR, EndpointRoles.AUDITOR })
	LearningView read(@PathVariable String id) {
		return this.register.one(id);
	}

	@PatchMapping("/learning/{id}")
	@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR })
	LearningView change(@PathVariable String id, @RequestBody JsonNode body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		this.bodies.require("learning-patch", body);
		Long version = body.has("version") ? Long.valueOf(body.path("version").asLong()) : version(ifMatch);
		LearningRecord changed = this.changes.change(id, body, version);
		return this.register.one(changed.id());
	}

	@GetMapping("/actions")
	@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR, EndpointRoles.AUDITOR })
	Listing<ActionRow> actions(@RequestParam(required = false) String status) {
		return this.register.actions(status);
	}

	private static Long version(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(ifMatch.replace("\"", "").replace("W/", "").trim());
		}
		catch (NumberFormatException ex) {
			throw Refusal.malformed("/If-Match", "invalid-version", "If-Match must be the learning record's version");
		}
	}

}
