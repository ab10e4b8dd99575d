package org.candour.web.forms;

import java.util.Locale;

import org.candour.definition.model.Form;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question is marked "(optional)" only when the schema that checks the answers can
 * never require it: a requirement under a condition ({@code allOf} / {@code if} /
 * {@code then}, {@code dependentRequired}) counts, what an {@code if} names does not.
 */
class OptionalQuestionsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void aQuestionTheSchemaRequiresUnderAConditionIsNotOptional() {
		JsonNode spec = JSON.readTree("""
				{ "schema": { "type": "object", "required": ["reason"],
				    "properties": {
				      "reason": { "type": "string", "enum": ["withdrawn", "duplicate"] },
				      "duplicateOf": { "type": "string", "title": "Reference of the case it duplicates" },
				      "amount": { "type": "number", "title": "Payment" },
				      "approvedBy": { "type": "string", "title": "Approved by" },
				      "payee": { "type": "string", "title": "Paid to" },
				      "note": { "type": "string", "title": "Note for the record" } },
				    "dependentRequired": { "approvedBy": ["payee"] },
				    "allOf": [
				      { "if": { "required": ["reason"], "properties": { "reason": { "const": "duplicate" } } },
				        "then": { "required": ["duplicateOf"] } },
				      { "if": { "required": ["amount"] }, "then": { "required": ["approvedBy"] } } ] } }
				""");
		FormPages form = new FormReader(Form.of("close", spec), Locale.ENGLISH).read("close", "Close");
		assertThat(form.questions()).filteredOn(Question::required)
			.extracting(Question::name)
			.containsExactly("reason", "duplicateOf", "approvedBy", "payee");
	}

}
