package org.candour.cases;

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
 */
public record HistoryEntry(int seq, Instant at, String by, String action, String from, String to,
		List<FieldChange> changes, String comment, String previousHash, String snapshotHash, String hash,
		Integer scheme, String mac) {

}
