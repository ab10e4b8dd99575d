package org.candour.journeys;

/**
 * A resident's journey through one feedback type as saved: the key its case will be
 * logged with (and its files wait under), and the answers so far as JSON objects.
 *
 * @param idempotencyKey the journey's submission key
 * @param data the answers to the form's questions (a JSON object)
 * @param contact the contact details given (a JSON object)
 */
public record SavedJourney(String idempotencyKey, String data, String contact) {

}
