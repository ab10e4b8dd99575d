package org.candour.definition.editing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * A form, page by page and question by question as the resident meets it. Questions are
 * found by their data name (which a new label never changes); pages by their title, else
 * by the questions they share.
 */
final class FormWording implements KindWording {

	private static final Set<String> FIELDS = Set.of("schema", "uiSchema", "messages", "people");

	@Override
	public Set<String> fields() {
		return FIELDS;
	}

	@Override
	public void describe(String name, JsonNode before, JsonNode after, Sentences out) {
		FormOutline old = FormOutline.of(before);
		FormOutline now = FormOutline.of(after);
		int said = out.size();
		Map<Integer, Integer> pages = matchPages(old, now);
		if (old.titled() && now.titled()) {
			describePages(old, now, pages, out);
		}
		describeQuestions(old, now, pages, out);
		describeFields(old, now, out);
		describeMessages(now, before.path("messages"), after.path("messages"), out);
		List<List<String>> people = Sentences.addedAndRemoved(before.get("people"), after.get("people"));
		people.get(0).forEach(field -> out.add("Contact detail " + now.name(field) + " added"));
		people.get(1).forEach(field -> out.add("Contact detail " + old.name(field) + " removed"));
		if (out.size() == said) {
			if (!before.path("schema").equals(after.path("schema"))) {
				out.add("Questions of " + name + " changed");
			}
			if (!before.path("uiSchema").equals(after.path("uiSchema"))) {
				out.add("Layout of " + name + " changed");
			}
		}
	}

	/** Before page → after page: same title first, else most questions shared. */
	private static Map<Integer, Integer> matchPages(FormOutline old, FormOutline now) {
		Map<Integer, Integer> matched = new HashMap<>();
		Set<Integer> taken = new LinkedHashSet<>();
		for (int b = 0; b < old.pages().size(); b++) {
			String title = Words.english(old.pages().get(b).title());
			for (int a = 0; a < now.pages().size() && title != null; a++) {
				if (!taken.contains(a) && title.equals(Words.english(now.pages().get(a).title()))) {
					matched.put(b, a);
					taken.add(a);
					break;
				}
			}
		}
		for (int b = 0; b < old.pages().size(); b++) {
			int best = -1;
			long shared = 0;
			for (int a = 0; a < now.pages().size() && !matched.containsKey(b); a++) {
				List<String> questions = now.pages().get(a).questions();
				long count = old.pages().get(b).questions().stream().filter(questions::contains).count();
				if (!taken.contains(a) && count > shared) {
					best = a;
					shared = count;
				}
			}
			if (best >= 0) {
				matched.put(b, best);
				taken.add(best);
			}
		}
		return matched;
	}

	private static void describePages(FormOutline old, FormOutline now, Map<Integer, Integer> pages, Sentences out) {
		for (int a = 0; a < now.pages().size(); a++) {
			if (!pages.containsValue(a)) {
				out.add("Page " + now.pages().get(a).name() + " added as page " + (a + 1));
			}
		}
		List<Integer> keptBefore = new ArrayList<>();
		for (int b = 0; b < old.pages().size(); b++) {
			if (!pages.containsKey(b)) {
				out.add("Page " + old.pages().get(b).name() + " removed (it was page " + (b + 1) + ")");
			}
			else {
				keptBefore.add(b);
			}
		}
		List<Integer> keptAfter = keptBefore.stream().map(pages::get).sorted().toList();
		for (int rank = 0; rank < keptBefore.size(); rank++) {
			int b = keptBefore.get(rank);
			FormOutline.Page was = old.pages().get(b);
			FormOutline.Page page = now.pages().get(pages.get(b));
			out.renamed("Page", "", was.title(), page.title());
			if (keptAfter.indexOf(pages.get(b)) != rank) {
				out.add("Page " + page.name() + " moved from page " + (b + 1) + " to page " + (pages.get(b) + 1));
			}
			if (!was.notes().equals(page.notes())) {
				out.add("Text on page " + page.name() + " changed");
			}
		}
	}

	private static void describeQuestions(FormOutline old, FormOutline now, Map<Integer, Integer> pages,
			Sentences out) {
		now.questions().keySet().stream().filter(name -> !old.questions().containsKey(name)).forEach(name -> {
			out.add("Question " + now.name(name)
					+ (old.properties().has(name) ? " (recorded by staff until now) asked on " : " added to ")
					+ now.where(name));
		});
		old.questions().keySet().stream().filter(name -> !now.questions().containsKey(name)).forEach(name -> {
			out.add("Question " + old.name(name)
					+ (now.properties().has(name) ? " no longer asked on " + old.where(name) + ": staff record it"
							: " removed from " + old.where(name)));
		});
		List<String> keptBefore = old.questions().keySet().stream().filter(now.questions()::containsKey).toList();
		List<String> keptAfter = now.questions().keySet().stream().filter(old.questions()::containsKey).toList();
		Set<Integer> reordered = new LinkedHashSet<>();
		for (String name : keptAfter) {
			Integer was = old.pageOf().get(name);
			Integer page = now.pageOf().get(name);
			boolean otherPage = now.titled() && old.titled() ? !Objects.equals(pages.get(was), page)
					: keptBefore.indexOf(name) != keptAfter.indexOf(name);
			if (otherPage && (was != null || page != null)) {
				out.add("Question " + now.name(name) + " moved from " + old.where(name) + " to " + now.where(name));
			}
			else if (page != null
					&& !stayed(keptBefore, old, now, was, page).equals(stayed(keptAfter, old, now, was, page))) {
				reordered.add(page);
			}
			new QuestionWording(old, now, name).describe(out);
		}
		reordered.forEach(page -> out.add("Questions on page " + (page + 1) + " reordered"));
	}

	/** The kept questions that stayed on a page, in the order of {@code kept}. */
	private static List<String> stayed(List<String> kept, FormOutline old, FormOutline now, Integer was, Integer page) {
		return kept.stream()
			.filter(name -> Objects.equals(old.pageOf().get(name), was) && Objects.equals(now.pageOf().get(name), page))
			.toList();
	}

	/** Properties of the data that no page asks (recorded by actions, carried over). */
	private static void describeFields(FormOutline old, FormOutline now, Sentences out) {
		Set<String> names = new LinkedHashSet<>();
		old.properties().propertyNames().forEach(names::add);
		now.properties().propertyNames().forEach(names::add);
		for (String name : names) {
			if (old.questions().containsKey(name) || now.questions().containsKey(name)) {
				continue;
			}
			JsonNode was = old.properties().get(name);
			JsonNode is = now.properties().get(name);
			if (was == null) {
				out.add("Question " + now.name(name) + " added for staff to record");
			}
			else if (is == null) {
				out.add("Question " + old.name(name) + " that staff record removed");
			}
			else if (!was.equals(is)) {
				out.add("Field " + now.name(name) + " changed (not asked on the form)");
			}
		}
	}

	private static void describeMessages(FormOutline now, JsonNode before, JsonNode after, Sentences out) {
		Set<String> pointers = new LinkedHashSet<>();
		before.propertyNames().forEach(pointers::add);
		after.propertyNames().forEach(pointers::add);
		for (String pointer : pointers) {
			if (!before.path(pointer).equals(after.path(pointer))) {
				String field = pointer.startsWith("/") ? pointer.substring(1) : pointer;
				String top = field.contains("/") ? field.substring(0, field.indexOf('/')) : field;
				String subject = field.equals(top) ? now.name(field)
						: Words.quoted(field.substring(top.length() + 1)) + " of " + now.name(top);
				out.add("Error messages for " + subject + " changed");
			}
		}
	}

}
