package org.candour.queues;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.candour.cases.CaseDocuments;

import org.springframework.stereotype.Component;

/** The queue entries of the current tenant's open cases, read from the store. */
@Component
class QueueEntries {

	private static final List<String> FIELDS;

	static {
		List<String> fields = new ArrayList<>(QueueEntry.FIELDS);
		fields.add("open");
		FIELDS = List.copyOf(fields);
	}

	private final CaseDocuments documents;

	QueueEntries(CaseDocuments documents) {
		this.documents = documents;
	}

	/** The queue entries of every open case (the embedded server scans for this). */
	List<QueueEntry> open() {
		List<QueueEntry> entries = new ArrayList<>();
		this.documents.forEach(new Document("open", true), FIELDS, stored -> entries.add(QueueEntry.of(stored)));
		return entries;
	}

	/** The queue entry of a case, by reference; empty when it is closed or missing. */
	Optional<QueueEntry> of(String reference) {
		List<Document> found = new ArrayList<>(1);
		this.documents.forEach(new Document("reference", reference), FIELDS, found::add);
		return found.stream()
			.findFirst()
			.filter(stored -> Boolean.TRUE.equals(stored.getBoolean("open")))
			.map(QueueEntry::of);
	}

}
