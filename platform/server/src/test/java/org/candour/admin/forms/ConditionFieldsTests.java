package org.candour.admin.forms;

import java.util.List;
import java.util.Map;

import org.candour.definition.editing.ConditionRows;
import org.junit.jupiter.api.Test;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The condition page's rows as posted, added to and removed from without JavaScript. */
class ConditionFieldsTests {

	private static MultiValueMap<String, String> posted(String... pairs) {
		MultiValueMap<String, String> posted = new LinkedMultiValueMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			posted.add(pairs[i], pairs[i + 1]);
		}
		return posted;
	}

	@Test
	void readsEachRowWithItsAnswersAndSplitsTypedAnswersOnlyForIsOneOf() {
		ConditionFields fields = ConditionFields.read(
				posted("hash", "h1", "match", "any", "rows[0].question", "service", "rows[0].operator", "is-one-of",
						"rows[0].values", "highways", "rows[0].values", "waste", "rows[1].question", "name",
						"rows[1].operator", "is-one-of", "rows[1].values", "Sam, Alex ,", "rows[2].question", "name",
						"rows[2].operator", "is", "rows[2].values", "Sam, Alex"),
				Map.of("service", false, "name", true));

		assertThat(fields.hash()).isEqualTo("h1");
		assertThat(fields.rows()).extracting(ConditionFields.Row::values)
			.containsExactly(List.of("highways", "waste"), List.of("Sam", "Alex"), List.of("Sam, Alex"));
		ConditionRows rows = fields.toRows();
		assertThat(rows.match()).isEqualTo(ConditionRows.Match.ANY);
		assertThat(rows.effect()).isEqualTo(ConditionRows.Effect.SHOW);
		assertThat(rows.rows().get(2).operator()).isEqualTo(ConditionRows.Operator.IS);
	}

	@Test
	void anAddedRowAsksAboutTheFirstRowsQuestionAndRemovingTheLastLeavesAnEmptyRow() {
		ConditionFields one = ConditionFields.read(posted("rows[0].question", "service", "rows[0].operator", "is"),
				Map.of());
		ConditionFields two = one.withRow();
		assertThat(two.rows()).extracting(ConditionFields.Row::question).containsExactly("service", "service");
		assertThat(two.without(0).rows()).hasSize(1);
		assertThat(one.without(0).rows()).singleElement().satisfies(row -> assertThat(row.question()).isEmpty());
		assertThat(two.withoutBlankRows().rows()).as("a row with a question is kept").hasSize(2);
		assertThat(ConditionFields.empty("h").withRow().withoutBlankRows().rows()).isEmpty();
	}

	@Test
	void aRowWhoseQuestionChangedSinceItsAnswersWereShownLosesItsAnswers() {
		MultiValueMap<String, String> posted = posted("rows[0].question", "service", "rows[0].answersFor", "name",
				"rows[0].values", "Sam", "rows[1].question", "service", "rows[1].answersFor", "service",
				"rows[1].values", "waste");
		ConditionFields fields = ConditionFields.read(posted, Map.of());
		assertThat(fields.questionsChanged(posted))
			.hasValueSatisfying(changed -> assertThat(changed.rows()).extracting(ConditionFields.Row::values)
				.containsExactly(List.of(), List.of("waste")));
		MultiValueMap<String, String> same = posted("rows[0].question", "service", "rows[0].answersFor", "service",
				"rows[0].values", "waste");
		assertThat(ConditionFields.read(same, Map.of()).questionsChanged(same)).isEmpty();
	}

	@Test
	void aConditionReadBackFromItsRuleKeepsItsEffect() {
		ConditionRows hidden = new ConditionRows(ConditionRows.Effect.HIDE, ConditionRows.Match.ALL,
				List.of(new ConditionRows.Row("raisedBefore", ConditionRows.Operator.IS_NOT, List.of("true"))));
		ConditionFields fields = ConditionFields.of(hidden, "h");
		assertThat(fields.effect()).isEqualTo("HIDE");
		assertThat(fields.rows().get(0).operator()).isEqualTo("is-not");
		assertThat(fields.toRows()).isEqualTo(hidden);
	}

}
