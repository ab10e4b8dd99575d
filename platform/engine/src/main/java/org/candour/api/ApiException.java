package org.candour.api;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A request Candour refuses, rendered as a problem document; nothing has been changed.
 */
public class ApiException extends RuntimeException {

	private final HttpStatus status;

	private final String title;

	private final List<ApiError> errors;

	private final Map<String, Object> properties;

	public ApiException(HttpStatus status, String title, String detail, List<ApiError> errors) {
		this(status, title, detail, errors, Map.of());
	}

	public ApiException(HttpStatus status, String title, String detail, List<ApiError> errors,
			Map<String, Object> properties) {
		super(detail);
		this.status = status;
		this.title = title;
		this.errors = List.copyOf(errors);
		this.properties = Map.copyOf(properties);
	}

	public static ApiException badRequest(String detail, List<ApiError> errors) {
		return new ApiException(HttpStatus.BAD_REQUEST, "Bad request", detail, errors);
	}

	public static ApiException badRequest(String pointer, String code, String message) {
		return badRequest(message, List.of(new ApiError(pointer, code, message)));
	}

	public static ApiException unprocessable(String detail, List<ApiError> errors) {
		return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "Unprocessable content", detail, errors);
	}

	public static ApiException notFound(String detail) {
		return new ApiException(HttpStatus.NOT_FOUND, "Not found", detail, List.of());
	}

	public static ApiException conflict(String detail, Map<String, Object> properties) {
		return new ApiException(HttpStatus.CONFLICT, "Conflict", detail, List.of(), properties);
	}

	public static ApiException forbidden(String detail) {
		return new ApiException(HttpStatus.FORBIDDEN, "Forbidden", detail, List.of());
	}

	public HttpStatus status() {
		return this.status;
	}

	public String title() {
		return this.title;
	}

	public List<ApiError> errors() {
		return this.errors;
	}

	public Map<String, Object> properties() {
		return this.properties;
	}

}
