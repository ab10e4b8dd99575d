package org.candour.admin.organisation;

import java.time.LocalDate;
import java.util.List;

import org.candour.definition.editing.OrgStructureEditor;

/**
 * What the restructure page posts: the units that merge, the new unit's name and parent,
 * and the day it starts.
 *
 * @param units the ids of the units that merge
 * @param name the new unit's English name
 * @param parent the unit it sits inside
 * @param day the day of the month it starts
 * @param month the month
 * @param year the year
 * @param hash the content hash of the document when the page was loaded
 * @param confirm {@code yes} once the administrator has seen the check page
 */
record RestructureForm(List<String> units, String name, String parent, String day, String month, String year,
		String hash, String confirm) {

	RestructureForm {
		units = (units == null) ? List.of() : List.copyOf(units);
		name = (name == null) ? "" : name.trim();
		parent = (parent == null) ? "" : parent.trim();
		hash = (hash == null) ? "" : hash;
	}

	static RestructureForm empty(String hash) {
		return new RestructureForm(List.of(), "", "", "", "", "", hash, null);
	}

	public DayInput date() {
		return new DayInput(this.day, this.month, this.year);
	}

	LocalDate from() {
		return date().value();
	}

	boolean confirmed() {
		return "yes".equals(this.confirm);
	}

	OrgStructureEditor.Restructure change() {
		return new OrgStructureEditor.Restructure(this.units, this.name, this.parent, from());
	}

}
