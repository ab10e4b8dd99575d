package org.candour.admin.imports;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

import org.candour.imports.ExportProfile;

/**
 * A mapping being built, kept in the administrator's session between its steps: its name
 * and feedback type, what the uploaded export holds, and the columns chosen so far.
 *
 * @param id the mapping's id
 * @param changing whether it replaces the saved mapping of that id (whose choices are
 * offered first)
 * @param title its name
 * @param feedbackType the feedback type its cases are logged as
 * @param profile the export's columns and values
 * @param columns what each column was chosen for ({@link ColumnChoices} names), blank
 * choices left out
 */
record MappingDraft(String id, boolean changing, String title, String feedbackType, ExportProfile profile,
		Map<String, String> columns) implements Serializable {

	MappingDraft {
		columns = new LinkedHashMap<>(columns);
	}

	MappingDraft withColumns(Map<String, String> chosen) {
		return new MappingDraft(this.id, this.changing, this.title, this.feedbackType, this.profile, chosen);
	}

	/** The column chosen for a target, or null. */
	String column(String target) {
		return this.columns.get(target);
	}

}
