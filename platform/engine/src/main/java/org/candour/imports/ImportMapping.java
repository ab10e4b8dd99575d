package org.candour.imports;

import java.util.List;
import java.util.Map;

/**
 * How the columns of another system's export become cases of one feedback type. Blank
 * cells leave a field out. Values of the org unit, state and outcome columns are looked
 * up in their tables first (as spelt, else in any case); an org unit may also be named by
 * its id (code) or its name, an outcome by its code.
 *
 * @param id the mapping's id in the tenant
 * @param title what it is for
 * @param feedbackType the feedback type the cases are logged as
 * @param keyColumn the old system's identifier: a row whose key was imported before is
 * skipped
 * @param receivedColumn when each case was received
 * @param fields form field (a pointer such as {@code /summary} or {@code /name}) to
 * column; contact fields go to the people part
 * @param orgUnit the org unit column and old names to unit ids; null for the type's
 * default unit
 * @param assigneeColumn the officer column, or null
 * @param state the status column and old statuses to workflow states
 * @param dates the columns of the dates the case was moved on, with the workflow action
 * each one stands for
 * @param outcome the outcome column, or null
 */
public record ImportMapping(String id, String title, String feedbackType, String keyColumn, String receivedColumn,
		Map<String, String> fields, Lookup orgUnit, String assigneeColumn, Lookup state, List<DateColumn> dates,
		Outcome outcome) {

	public ImportMapping {
		fields = fields == null ? Map.of() : Map.copyOf(fields);
		dates = dates == null ? List.of() : List.copyOf(dates);
	}

	ImportMapping withId(String newId) {
		return new ImportMapping(newId, this.title, this.feedbackType, this.keyColumn, this.receivedColumn, this.fields,
				this.orgUnit, this.assigneeColumn, this.state, this.dates, this.outcome);
	}

	/**
	 * A column whose old values stand for ids.
	 *
	 * @param column the column
	 * @param values old value to id
	 */
	public record Lookup(String column, Map<String, String> values) {

		public Lookup {
			values = values == null ? Map.of() : Map.copyOf(values);
		}

	}

	/**
	 * A date column.
	 *
	 * @param column the column
	 * @param action the workflow action taken on that date ({@code acknowledge},
	 * {@code respond}, {@code close}…)
	 * @param outcomeField the outcome field that records the date too (such as
	 * {@code responseDate}), or null
	 */
	public record DateColumn(String column, String action, String outcomeField) {
	}

	/**
	 * The outcome column.
	 *
	 * @param column the column
	 * @param field the outcome field it fills ({@code decision})
	 * @param codeList the code list its values come from
	 * @param values old value to code
	 */
	public record Outcome(String column, String field, String codeList, Map<String, String> values) {

		public Outcome {
			values = values == null ? Map.of() : Map.copyOf(values);
		}

	}

}
