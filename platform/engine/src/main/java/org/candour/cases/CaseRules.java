package org.candour.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.candour.api.ApiError;
import org.candour.definition.FormRules;
import org.candour.definition.model.GuardComparison;
import org.candour.definition.model.Transition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a case needs to change itself: the configuration it is pinned to, the checks of
 * inputs and guards, the other configurations it may be reclassified into, the history
 * that records each change, the time of the change, and who may be given the case.
 */
record CaseRules(CaseConfiguration configuration, CaseConfigurations configurations, GuardCheck guards,
		CaseHistory history, JsonMapper json, Instant at, CaseWorkers workers) {

	CaseRules(CaseConfiguration configuration, CaseConfigurations configurations, GuardCheck guards,
			CaseHistory history, JsonMapper json, Instant at) {
		this(configuration, configurations, guards, history, json, at, CaseWorkers.ANYONE);
	}

	/** The problems with an action's inputs, each with its pointer under /inputs. */
	List<ApiError> inputProblems(Transition transition, JsonNode given) {
		List<ApiError> problems = new ArrayList<>(StrictInput.together(
				this.guards.check(this.configuration, transition.inputs(), given, "/inputs", "inputs.", null),
				StrictInput.check(transition.inputs(), given, "/inputs", "inputs.")));
		problems.addAll(AnswerRules.check(FormRules.of(transition.inputsUi()), given, "/inputs", "inputs.",
				this.configuration.calendar(), this.at));
		return problems;
	}

	/**
	 * The rules of the transition's guard the case after it breaks: its schema's, then
	 * its comparisons' ({@code guardCompare}, each at its second field's pointer).
	 */
	List<ApiError> guardProblems(Transition transition, CaseState after, JsonNode inputs) {
		JsonNode view = CaseView.of(after, inputs, this.json);
		List<ApiError> problems = new ArrayList<>(this.guards.check(this.configuration, transition.guard(), view, "",
				"guard.", transition.guardMessages()));
		for (GuardComparison comparison : transition.comparisons()) {
			if (comparison.brokenBy(view)) {
				JsonNode message = comparison.message();
				problems.add(new ApiError(comparison.pointer(), "guard." + comparison.type(),
						message.isObject() ? message.path("en").asString() : message.asString()));
			}
		}
		return problems;
	}

	/** The same rules for the case after a reclassification into {@code next}. */
	CaseRules in(CaseConfiguration next) {
		return new CaseRules(next, this.configurations, this.guards, this.history, this.json, this.at, this.workers);
	}

}
