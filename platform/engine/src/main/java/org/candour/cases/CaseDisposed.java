package org.candour.cases;

/**
 * A case was anonymised or deleted at the end of its retention period, or its person was
 * erased on request ({@link CaseErasure}): modules that keep anything about it
 * (notifications sent, for one) let it go too.
 *
 * @param reference the case's reference
 * @param deleted whether the case itself was deleted (else anonymised)
 */
public record CaseDisposed(CaseReference reference, boolean deleted) {
}
