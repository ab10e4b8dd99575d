package org.candour.open311;

import org.springframework.http.HttpStatus;

/**
 * A request refused in Open311's terms: its HTTP status is the error's code.
 */
class Open311Failure extends RuntimeException {

	private final HttpStatus status;

	Open311Failure(HttpStatus status, String description) {
		super(description);
		this.status = status;
	}

	static Open311Failure badRequest(String description) {
		return new Open311Failure(HttpStatus.BAD_REQUEST, description);
	}

	static Open311Failure forbidden(String description) {
		return new Open311Failure(HttpStatus.FORBIDDEN, description);
	}

	static Open311Failure notFound(String description) {
		return new Open311Failure(HttpStatus.NOT_FOUND, description);
	}

	HttpStatus status() {
		return this.status;
	}

}
