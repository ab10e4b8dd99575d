package org.candour.admin.organisation;

import java.time.LocalDate;
import java.util.List;

import org.candour.admin.PageProblem;
import org.candour.definition.editing.OrgProblem;

/**
 * What the unit pages post: a unit's name, type, parent and a day (the day it starts when
 * added, its last day when closed).
 *
 * @param name its English name
 * @param type directorate, service or team
 * @param parent the unit it sits inside; empty at the top
 * @param day the day of the month
 * @param month the month
 * @param year the year
 * @param hash the content hash of the document when the page was loaded
 */
record UnitForm(String name, String type, String parent, String day, String month, String year, String hash) {

	UnitForm {
		name = trim(name);
		type = trim(type);
		parent = trim(parent);
		hash = hash == null ? "" : hash;
	}

	static UnitForm empty(String hash) {
		return new UnitForm("", "", "", "", "", "", hash);
	}

	public DayInput date() {
		return new DayInput(this.day, this.month, this.year);
	}

	LocalDate value() {
		return date().value();
	}

	/** The editor's problems, and a date typed but not a real one. */
	static List<PageProblem> problems(List<OrgProblem> problems, DayInput typed, String dateField) {
		List<PageProblem> page = new java.util.ArrayList<>(
				problems.stream().map(problem -> new PageProblem(problem.field(), problem.message())).toList());
		if (!typed.empty() && typed.value() == null) {
			page.removeIf(problem -> problem.field().equals(dateField));
			page.add(new PageProblem(dateField, "Enter a real date, with the year in 4 digits, like 1 4 2027"));
		}
		return page;
	}

	private static String trim(String value) {
		return value == null ? "" : value.trim();
	}

}
