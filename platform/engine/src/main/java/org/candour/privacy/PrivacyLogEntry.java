package org.candour.privacy;

import java.time.Instant;
import java.util.List;

/**
 * One export, erasure or redaction.
 *
 * @param id its id (an export's id is in its file name)
 * @param action {@code export}, {@code erasure} or {@code redaction}
 * @param cases the references of the cases it covered
 * @param identifiers the kinds of identifier looked for ({@code email}, {@code phone}…),
 * or for a redaction the field redacted
 * @param reason why (erasure and redaction); null for an export
 * @param at when
 * @param by who
 */
public record PrivacyLogEntry(String id, String action, List<String> cases, List<String> identifiers, String reason,
		Instant at, String by) {
}
