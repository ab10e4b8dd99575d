package org.candour.learning;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.candour.api.ApiError;
import org.candour.api.Refusal;
import org.candour.cases.CaseLookup;
import org.candour.cases.FeedbackCase;
import org.candour.config.ActiveConfigurations;
import org.candour.definition.model.CodeList;
import org.candour.definition.model.CompiledConfiguration;

import org.springframework.stereotype.Component;

/**
 * What the tenant's configuration and data say about a learning record: its theme is a
 * current code of the {@code learning-themes} code list, its cases exist and the caller
 * may see them, its team owners are org units, and no action is due before it starts.
 * Every broken rule is named with its JSON pointer.
 */
@Component
class LearningRules {

	static final String THEMES = "learning-themes";

	private final ActiveConfigurations configurations;

	private final CaseLookup cases;

	LearningRules(ActiveConfigurations configurations, CaseLookup cases) {
		this.configurations = configurations;
		this.cases = cases;
	}

	void theme(String theme, String pointer, List<ApiError> errors) {
		Optional<CodeList> themes = model().codeList(THEMES);
		boolean known = themes.isPresent()
				&& themes.get().current().stream().anyMatch(code -> code.code().equals(theme));
		if (!known) {
			errors.add(new ApiError(pointer, "learning.theme-unknown",
					"Choose a theme from the " + THEMES + " code list"));
		}
	}

	/**
	 * Learning marked publishable needs the wording to publish: the statement and the
	 * actions are staff's words and never leave the register.
	 */
	static void publication(boolean publishable, String publicWording, List<ApiError> errors) {
		if (publishable && (publicWording == null || publicWording.isBlank())) {
			errors.add(new ApiError("/publicWording", "learning.public-wording-required",
					"Enter the wording to publish: what the complaint told us and what we did, with nothing that identifies anyone"));
		}
	}

	/** The theme's label as the tenant's {@code learning-themes} code list gives it. */
	Optional<tools.jackson.databind.JsonNode> themeLabel(String theme) {
		return model().codeList(THEMES).flatMap(themes -> themes.code(theme)).map(CodeList.Code::label);
	}

	/**
	 * The cases the references name, each checked: it exists and the caller may see it.
	 * @return the cases found, in the order given, duplicates left out
	 */
	List<FeedbackCase> cases(List<String> references, String pointer, List<ApiError> errors) {
		List<FeedbackCase> found = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (int i = 0; i < references.size(); i++) {
			String reference = references.get(i);
			if (!seen.add(reference)) {
				continue;
			}
			try {
				found.add(this.cases.visible(reference));
			}
			catch (Refusal ex) {
				if (!ex.is(Refusal.Kind.NOT_FOUND)) {
					throw ex;
				}
				errors.add(new ApiError(pointer + "/" + i, "learning.case-unknown",
						"There is no case " + reference + " for you to link"));
			}
		}
		if (references.isEmpty()) {
			errors.add(new ApiError(pointer, "learning.case-required", "Link at least one case"));
		}
		return found;
	}

	void action(LearningAction action, String pointer, List<ApiError> errors) {
		if (action.owner() != null && action.owner().team()
				&& !model().orgStructure().unitIds().contains(action.owner().id())) {
			errors.add(new ApiError(pointer + "/owner/id", "learning.owner-unknown",
					"Choose a team of the organisation structure"));
		}
		if (action.startDate() != null && action.dueDate() != null && action.dueDate().isBefore(action.startDate())) {
			errors.add(new ApiError(pointer + "/dueDate", "learning.due-before-start",
					"The due date must not be before the start date"));
		}
	}

	static void refuseIfAny(List<ApiError> errors) {
		if (!errors.isEmpty()) {
			throw Refusal.rulesBroken("The learning record is not valid", errors);
		}
	}

	private CompiledConfiguration model() {
		return this.configurations.require().model();
	}

}
