package org.candour.admin.reports;

import java.util.ArrayList;
import java.util.List;

import org.candour.admin.PageProblem;
import org.candour.definition.editing.ReportDimension;

/**
 * A grouping as posted: its heading, a field chosen from the list or typed in, the org
 * structure it counts by and the code list its values are labelled from.
 */
record DimensionForm(String label, String field, String otherField, String orgStructure, String codeList, String hash) {

	/** The field choice that means "the field typed in". */
	static final String OTHER = "other";

	DimensionForm {
		label = (label == null) ? "" : label.trim();
		field = (field == null) ? "" : field.trim();
		otherField = (otherField == null) ? "" : otherField.trim();
		orgStructure = (orgStructure == null) ? "" : orgStructure;
		codeList = (codeList == null) ? "" : codeList;
	}

	static DimensionForm of(ReportDimension dimension, List<Choice> fields, String hash) {
		boolean listed = fields.stream().anyMatch(choice -> choice.value().equals(dimension.field()));
		return new DimensionForm(dimension.label(), listed ? dimension.field() : OTHER, listed ? "" : dimension.field(),
				(dimension.orgStructure() == null) ? "" : dimension.orgStructure(), dimension.codeList(), hash);
	}

	static DimensionForm empty(String hash) {
		return new DimensionForm("", "", "", "", "", hash);
	}

	List<PageProblem> problems() {
		List<PageProblem> problems = new ArrayList<>();
		if (this.label.isEmpty()) {
			problems.add(new PageProblem("label", "Enter a heading for the grouping"));
		}
		if (chosenField().isEmpty()) {
			problems.add(OTHER.equals(this.field) ? new PageProblem("otherField", "Enter the field to group by")
					: new PageProblem("field", "Select the field to group by"));
		}
		return problems;
	}

	/**
	 * @param id the grouping's id; {@code null} for a new one
	 * @param before the org structure written before ({@code null} when it was not)
	 */
	ReportDimension dimension(String id, String before) {
		String structure = this.orgStructure.isEmpty() ? null : this.orgStructure;
		boolean unchangedDefault = before == null && "at-time-of-case".equals(structure);
		return new ReportDimension(id, this.label, chosenField(), unchangedDefault ? null : structure,
				this.codeList.isEmpty() ? null : this.codeList);
	}

	String chosenField() {
		return OTHER.equals(this.field) ? this.otherField : this.field;
	}

}
