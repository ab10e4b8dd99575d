package org.candour.web.forms;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.candour.api.ApiError;
import org.candour.api.Refusal;
import org.candour.definition.model.Form;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's refusal on a form: broken rules about its questions in the words the
 * form's own check gives, the others where the page says, in the engine's words.
 */
class RefusalFieldsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final RefusalFields refusals = new RefusalFields(
			new AnswerCheck(null, messages(), null, null, Optional.empty()));

	private final FormPages form = new FormReader(Form.of("close", JSON.readTree("""
			{ "schema": { "type": "object", "required": ["details"],
			    "properties": {
			      "details": { "type": "string", "title": "Details" },
			      "outcome": { "type": "string", "title": "Outcome" } } },
			  "messages": { "/outcome": { "required": "Say how the complaint was resolved" } } }
			""")), Locale.ENGLISH).read("close", "Close");

	@Test
	void explainsABrokenRuleAboutAQuestionAsTheFormsCheckWould() {
		List<FieldError> problems = this.refusals.of(
				refused(new ApiError("/data/details", "schema.required", "required property 'details' not found"),
						new ApiError("/data/outcome", "schema.required", "required property 'outcome' not found")),
				asked("/data", ""), Locale.ENGLISH, RefusalFields.Elsewhere.NOWHERE);
		assertThat(problems).containsExactly(new FieldError("details", null, "details", "Enter details"),
				new FieldError("outcome", null, "outcome", "Say how the complaint was resolved"));
	}

	@Test
	void namesTheFieldsAsThePageDoes() {
		List<FieldError> problems = this.refusals.of(
				refused(new ApiError("/inputs/details", "schema.required", "required")), asked("/inputs", "close__"),
				Locale.ENGLISH, RefusalFields.Elsewhere.NOWHERE);
		assertThat(problems).containsExactly(new FieldError("close__details", null, "close__details", "Enter details"));
	}

	@Test
	void placesOtherBrokenRulesWhereThePageSaysInTheEnginesWords() {
		List<FieldError> problems = this.refusals.of(
				refused(new ApiError("/data/details", "schema.required", "required"),
						new ApiError("/inputs/details", "schema.required", "Give the details first"),
						new ApiError("/data/unasked", "schema.required", "The case needs a category")),
				asked("/data", ""), Locale.ENGLISH, RefusalFields.Elsewhere.at("guard", "case-summary"));
		assertThat(problems).containsExactly(new FieldError("details", null, "details", "Enter details"),
				new FieldError("guard-1", null, "case-summary", "Give the details first"),
				new FieldError("guard-2", null, "case-summary", "The case needs a category"));
	}

	@Test
	void leavesOutWhatThePagePlacesNowhere() {
		assertThat(this.refusals.of(refused(new ApiError("", "case.guard", "Not now")), asked("/data", ""),
				Locale.ENGLISH, RefusalFields.Elsewhere.NOWHERE))
			.isEmpty();
	}

	private RefusalFields.Asked asked(String pointer, String prefix) {
		return new RefusalFields.Asked(pointer, this.form, this.form.questions(), prefix);
	}

	private static Refusal refused(ApiError... violations) {
		return Refusal.rulesBroken("Refused", List.of(violations));
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
