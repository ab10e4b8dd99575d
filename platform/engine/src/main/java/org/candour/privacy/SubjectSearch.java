package org.candour.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.bson.Document;
import org.candour.cases.CaseDocuments;
import org.candour.cases.CaseLookup;
import org.candour.cases.CaseReference;
import org.candour.cases.PeopleParts;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * Finds a person in the current tenant: one pass over its people parts, then one over its
 * cases (the reference, the data and the history's comments only), then one over its
 * learning records and remedies ({@link Mentions}). A scan, not an index look-up: the
 * embedded server uses only unique indexes, and normalised matching inside free text
 * needs the text anyway; a few thousand cases take well under a second.
 */
@Component
class SubjectSearch {

	private static final List<String> FIELDS = List.of("reference", "feedbackType", "state", "stateCategory",
			"receivedAtDate", "current.data", "history");

	private final PeopleParts people;

	private final CaseDocuments documents;

	private final CaseLookup lookup;

	private final Mentions mentions;

	SubjectSearch(PeopleParts people, CaseDocuments documents, CaseLookup lookup, Mentions mentions) {
		this.people = people;
		this.documents = documents;
		this.lookup = lookup;
		this.mentions = mentions;
	}

	/** The learning records and remedies whose text mentions the person. */
	List<Mentions.Mention> mentions(Identifiers given) {
		return this.mentions.of(new PersonMatcher(withReferencedContact(given)));
	}

	Matches find(Identifiers given) {
		Identifiers identifiers = withReferencedContact(given);
		PersonMatcher matcher = new PersonMatcher(identifiers);
		Map<String, List<String>> byPeople = new LinkedHashMap<>();
		Map<String, String> personOf = new LinkedHashMap<>();
		Map<String, Matches.Person> persons = new LinkedHashMap<>();
		this.people.forEach(part -> {
			List<String> by = matcher.contact(part.contact());
			if (!by.isEmpty()) {
				String id = PersonIds.of(part.caseId(), part.contact());
				byPeople.put(part.reference(), by.stream().map(kind -> "/people/" + kind).toList());
				personOf.put(part.reference(), id);
				persons.computeIfAbsent(id, key -> person(key, part.contact())).cases().add(part.reference());
			}
		});
		List<Matches.Case> cases = new ArrayList<>();
		this.documents.forEach(new Document(), FIELDS, stored -> {
			String reference = stored.getString("reference");
			List<String> by = new ArrayList<>();
			if (reference.equals(identifiers.reference())) {
				by.add("/reference");
			}
			by.addAll(byPeople.getOrDefault(reference, List.of()));
			Document current = stored.get("current", Document.class);
			if (current != null) {
				leaves(current.get("data"), "/data", (pointer, text) -> {
					if (matcher.mentioned(text)) {
						by.add(pointer);
					}
				});
			}
			for (Object entry : stored.getList("history", Object.class, List.of())) {
				if (entry instanceof Document each && matcher.mentioned(each.getString("comment"))) {
					by.add("/history/" + each.get("seq") + "/comment");
				}
			}
			if (!by.isEmpty()) {
				Date received = stored.getDate("receivedAtDate");
				cases.add(new Matches.Case(reference, stored.getString("feedbackType"), stored.getString("state"),
						"closed".equals(stored.getString("stateCategory")),
						(received == null) ? null : received.toInstant(), personOf.get(reference), List.copyOf(by)));
			}
		});
		cases.sort(Comparator.comparing(Matches.Case::receivedAt, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Matches.Case::reference));
		return new Matches(List.copyOf(persons.values()), List.copyOf(cases),
				this.mentions.of(matcher).stream().map(Mentions.Mention::match).toList());
	}

	/** A case reference also looks for the person its people part names. */
	private Identifiers withReferencedContact(Identifiers identifiers) {
		if (identifiers.reference() == null) {
			return identifiers;
		}
		return this.lookup.find(new CaseReference(identifiers.reference()))
			.flatMap(this.lookup::contact)
			.map(contact -> identifiers.withContactOf(text(contact, "email"), text(contact, "phone"),
					text(contact, "name")))
			.orElse(identifiers);
	}

	private static Matches.Person person(String id, JsonNode contact) {
		return new Matches.Person(id, text(contact, "name"), text(contact, "email"), text(contact, "phone"),
				new ArrayList<>());
	}

	private static String text(JsonNode contact, String field) {
		return contact.path(field).isString() ? contact.path(field).asString() : null;
	}

	/** Each text value under {@code value}, with its JSON pointer. */
	private static void leaves(Object value, String pointer, BiConsumer<String, String> text) {
		if (value instanceof String string) {
			text.accept(pointer, string);
		}
		else if (value instanceof Document object) {
			object.forEach(
					(key, inner) -> leaves(inner, pointer + "/" + key.replace("~", "~0").replace("/", "~1"), text));
		}
		else if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				leaves(list.get(i), pointer + "/" + i, text);
			}
		}
	}

}
