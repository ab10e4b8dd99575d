package org.candour.cases;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a case's append-only history.
 *
 * @param seq 1, 2, 3…
 * @param at when
 * @param by who (user, client or {@code system})
 * @param action the workflow action, or {@code log}, {@code migrate},
 * {@code clock-breached}…
 * @param from state before (null for the first entry)
 * @param to state after
 * @param changes what changed
 * @param comment free text
 * @param previousHash the previous entry's hash ("" for the first)
 * @param snapshotHash hash of the case after this entry: its state only for entries
 * written before hash scheme 2; from scheme 2 the whole stored case except its history
 * (receipt, channel, reference, configuration version, version…), the hash of its people
 * part and the content hashes of its files
 * @param hash hash over this entry's content and the previous hash
 * @param scheme the hash scheme ({@value CaseHistory#SCHEME}); null for entries written
 * before schemes were numbered
 * @param mac from scheme 2, an HMAC of tenant, case id, {@code seq} and {@code hash} with
 * the integrity key kept outside the database
 * @param redacted when and under which rule its free text was removed (the case was
 * anonymised at the end of its retention period); {@code null} for an entry as written. A
 * redacted entry keeps its hash and signature: its place in the chain still verifies, its
 * content no longer can. Left out of the stored entry when {@code null}, so entries
 * written before it existed hash as they did.
 */
public record HistoryEntry(int seq, Instant at, String by, String action, String from, String to,
		List<FieldChange> changes, String comment, String previousHash, String snapshotHash, String hash,
		Integer scheme, String mac, @JsonInclude(JsonInclude.Include.NON_NULL) Redaction redacted) {

	public HistoryEntry(int seq, Instant at, String by, String action, String from, String to,
			List<FieldChange> changes, String comment, String previousHash, String snapshotHash, String hash,
			Integer scheme, String mac) {
		this(seq, at, by, action, from, to, changes, comment, previousHash, snapshotHash, hash, scheme, mac, null);
	}

	/** The entry with its free text removed, as {@code redaction} says. */
	HistoryEntry redacted(List<FieldChange> scrubbed, Redaction redaction) {
		return redacted(scrubbed, null, redaction);
	}

	/**
	 * The entry with its changes and comment as given, marked as {@code redaction} says.
	 */
	HistoryEntry redacted(List<FieldChange> scrubbed, String keptComment, Redaction redaction) {
		return new HistoryEntry(this.seq, this.at, this.by, this.action, this.from, this.to, scrubbed, keptComment,
				this.previousHash, this.snapshotHash, this.hash, this.scheme, this.mac, redaction);
	}

	/**
	 * @param at when the free text was removed
	 * @param rule the retention rule, in words; or why else it was removed (the person's
	 * erasure, the redaction of one field)
	 */
	public record Redaction(Instant at, String rule) {
	}

}
