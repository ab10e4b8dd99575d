package org.candour.open311;

import java.time.Instant;

/**
 * A case received through the Open311 endpoint.
 *
 * @param reference the case reference (the {@code service_request_id})
 * @param serviceCode the service it was posted to
 * @param feedbackType the feedback type of that service when it was posted
 * @param client id of the client that posted it
 * @param requestedAt when it was received
 */
record Open311Request(String reference, String serviceCode, String feedbackType, String client, Instant requestedAt) {
}
