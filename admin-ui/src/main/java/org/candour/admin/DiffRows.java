package org.candour.admin;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.candour.config.DocumentDiff;
import org.candour.definition.ConfigDocument;

/**
 * A pack's per-document changes (deployed to a tenant or imported into its draft) in
 * words: added, removed or changed, the kind of document and its title (never its JSON).
 */
public final class DiffRows {

	private static final Map<String, String> CHANGES = Map.of("added", "Added", "removed", "Removed", "changed",
			"Changed");

	private static final List<String> ORDER = List.of("added", "changed", "removed");

	private DiffRows() {
	}

	/**
	 * The changes, added first, then changed, then removed; a document is named by its
	 * title in {@code after} (in {@code before} when removed).
	 */
	public static List<DiffRow> of(List<DocumentDiff.Change> diff, List<ConfigDocument> before,
			List<ConfigDocument> after) {
		return diff.stream()
			.sorted(Comparator.comparing((DocumentDiff.Change change) -> ORDER.indexOf(change.change()))
				.thenComparing(DocumentDiff.Change::document))
			.map(change -> row(change, change.change().equals("removed") ? before : after))
			.toList();
	}

	/** How many documents each kind of change touches, e.g. "52 added, 1 removed". */
	public static String counts(List<DiffRow> rows) {
		return String.join(", ",
				ORDER.stream()
					.map(CHANGES::get)
					.map(change -> rows.stream().filter(row -> row.change().equals(change)).count() + " "
							+ change.toLowerCase(java.util.Locale.ROOT))
					.filter(count -> !count.startsWith("0 "))
					.toList());
	}

	private static DiffRow row(DocumentDiff.Change change, List<ConfigDocument> in) {
		String[] kindAndId = change.document().split("/", 2);
		String kind = kindAndId[0];
		String id = kindAndId.length > 1 ? kindAndId[1] : kindAndId[0];
		String title = find(in, change.document()).map(ConfigDocument::title)
			.map(text -> Texts.english(text, id))
			.orElse(id);
		return new DiffRow(CHANGES.getOrDefault(change.change(), change.change()), ProblemLinks.kind(kind), title);
	}

	private static Optional<ConfigDocument> find(List<ConfigDocument> documents, String key) {
		return documents == null ? Optional.empty()
				: documents.stream().filter(document -> document.key().equals(key)).findFirst();
	}

	/**
	 * One document's change.
	 *
	 * @param change Added, Removed or Changed
	 * @param kind the kind of document, in words
	 * @param title its title
	 */
	public record DiffRow(String change, String kind, String title) {
	}

}
