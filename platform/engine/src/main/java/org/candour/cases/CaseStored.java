package org.candour.cases;

/**
 * A case was stored: logged, or changed in any way (an action, an edit, a note, a clock
 * marked breached…). Published in the thread that wrote it, right after the write, so
 * that what this instance holds in memory about a tenant's cases (the queues) can be
 * brought up to date before it is next read.
 *
 * @param tenant the tenant the case belongs to
 * @param reference the case's reference
 */
public record CaseStored(String tenant, CaseReference reference) {
}
