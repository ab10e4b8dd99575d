package org.candour.privacy;

import java.time.Instant;
import java.util.List;

/**
 * What subject access found about a person.
 *
 * @param people the people parts that match, one per person id (for erasure)
 * @param cases every case that is about the person, oldest first
 * @param records the learning records and remedies whose text mentions the person,
 * whichever case they name
 */
public record Matches(List<Person> people, List<Case> cases, List<OtherRecord> records) {

	/**
	 * A person as their people parts name them.
	 *
	 * @param id their id, the same across their cases ({@code p-…})
	 * @param name the name on their first matched case
	 * @param email its email address
	 * @param phone its phone number
	 * @param cases the references of the cases whose people part is theirs
	 */
	public record Person(String id, String name, String email, String phone, List<String> cases) {
	}

	/**
	 * A case about the person.
	 *
	 * @param reference its reference
	 * @param feedbackType its feedback type
	 * @param state its workflow state
	 * @param closed whether it is closed (only closed cases can be erased)
	 * @param receivedAt when it was received
	 * @param person the id of the person whose people part it holds, when it matched by
	 * it
	 * @param matchedBy JSON pointers to what matched: {@code /reference},
	 * {@code /people/email}, {@code /data/details}, {@code /history/3/comment}…
	 */
	public record Case(String reference, String feedbackType, String state, boolean closed, Instant receivedAt,
			String person, List<String> matchedBy) {
	}

	/**
	 * A learning record or remedy whose own text mentions the person.
	 *
	 * @param kind {@code learning} or {@code remedy}
	 * @param id its id
	 * @param cases the cases it names
	 * @param matchedBy JSON pointers in it to what matched: {@code /statement},
	 * {@code /publicWording}, {@code /description}, {@code /declinedReason}
	 */
	public record OtherRecord(String kind, String id, List<String> cases, List<String> matchedBy) {
	}

}
