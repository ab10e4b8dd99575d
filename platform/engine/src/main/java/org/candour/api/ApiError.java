package org.candour.api;

/**
 * One problem with a request.
 *
 * @param pointer JSON pointer (RFC 6901) to the offending field, "" for the whole request
 * @param code stable, machine-readable code
 * @param message plain-words explanation
 */
public record ApiError(String pointer, String code, String message) {

}
