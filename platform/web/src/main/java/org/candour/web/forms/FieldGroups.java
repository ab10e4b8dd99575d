package org.candour.web.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

/**
 * A page's fields in runs: the questions of one {@code Group} together under its legend
 * (a GOV.UK fieldset), the others alone. Templates call it as {@code @fieldGroups}.
 */
@Component
public class FieldGroups {

	/** Fields of one group (legend set), or one field outside any (legend null). */
	public record Run(String legend, List<FieldView> fields) {

	}

	public List<Run> of(List<FieldView> fields) {
		List<Run> runs = new ArrayList<>();
		String group = null;
		for (FieldView field : fields) {
			Question.Shown shown = field.question().shown();
			if (shown.group() != null && Objects.equals(shown.group(), group)) {
				runs.get(runs.size() - 1).fields().add(field);
			}
			else {
				runs.add(new Run(shown.legend(), new ArrayList<>(List.of(field))));
			}
			group = shown.group();
		}
		return runs;
	}

}
