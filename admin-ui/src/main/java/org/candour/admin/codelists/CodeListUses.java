package org.candour.admin.codelists;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.candour.admin.Texts;
import org.candour.config.DraftSet;
import org.candour.definition.CodeListUsage;
import org.candour.definition.ConfigDocument;

/** What uses a code list or one of its codes, in words: the document and what it does. */
final class CodeListUses {

	private static final Map<String, String> KINDS = Map.of("form", "Form", "workflow", "Workflow", "report", "Report",
			"fieldset", "Fieldset", "rule", "Rule", "transition-template", "Action template", "feedback-type",
			"Feedback type");

	private CodeListUses() {
	}

	static List<String> ofList(DraftSet draft, String list) {
		return words(draft, CodeListUsage.of(draft.documents(), list));
	}

	static List<String> ofCode(DraftSet draft, String list, String code) {
		return words(draft, CodeListUsage.ofCode(draft.documents(), list, code));
	}

	/** One line per document and what it does, in the draft's order. */
	private static List<String> words(DraftSet draft, List<CodeListUsage.Use> uses) {
		Set<String> lines = new LinkedHashSet<>();
		for (CodeListUsage.Use use : uses) {
			String title = draft.find(use.kind(), use.id())
				.map(ConfigDocument::title)
				.map(text -> Texts.english(text, use.id()))
				.orElse(use.id());
			lines.add(KINDS.getOrDefault(use.kind(), use.kind()) + " ‘" + title + "’: " + lowerFirst(use.what()));
		}
		return List.copyOf(lines);
	}

	private static String lowerFirst(String words) {
		return Character.toLowerCase(words.charAt(0)) + words.substring(1);
	}

}
