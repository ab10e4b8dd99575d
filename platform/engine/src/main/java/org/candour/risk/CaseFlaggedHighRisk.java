package org.candour.risk;

import java.util.List;

/**
 * A case's risk assessment records high-risk flags it did not record before (published in
 * the writing thread, before {@code meta.risk} is written, and again on the next write of
 * the case if that fails: listeners must be idempotent).
 *
 * @param reference the case
 * @param flags the high-risk flags now recorded, sorted
 * @param units the org unit the case is about and the team it is allocated to (either may
 * be missing)
 */
public record CaseFlaggedHighRisk(String reference, List<String> flags, List<String> units) {
}
