package org.candour.cases;

import java.util.List;

/**
 * An escalation a committed action asked for, until the linked case exists. Its key makes
 * creating that case idempotent, so a retry after a crash never creates two.
 */
public record PendingEscalation(String key, String feedbackType, String link, List<String> carry) {

}
