package org.candour.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One problem with a request.
 *
 * @param pointer JSON pointer (RFC 6901) to the offending field, "" for the whole request
 * @param code stable, machine-readable code
 * @param message plain-words explanation
 * @param document for configuration problems: the document ({@code kind/id}) the pointer
 * is in
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String pointer, String code, String message, String document) {

	public ApiError(String pointer, String code, String message) {
		this(pointer, code, message, null);
	}

}
