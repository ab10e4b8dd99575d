package org.candour.cases;

import java.time.Instant;

/** A notification an action asked for; sending it belongs to the notifications module. */
public record NotificationRequest(String template, String to, String action, Instant requestedAt) {

}
