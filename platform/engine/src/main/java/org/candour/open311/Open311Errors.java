package org.candour.open311;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refusals of the Open311 endpoint in Open311's error shape, in the format the address
 * asks for (JSON when it names none).
 */
@RestControllerAdvice(assignableTypes = { Open311ServicesController.class, Open311RequestsController.class,
		Open311UpdatesController.class })
class Open311Errors {

	private final Open311Responses responses;

	Open311Errors(Open311Responses responses) {
		this.responses = responses;
	}

	@ExceptionHandler(Open311Failure.class)
	ResponseEntity<String> refused(Open311Failure failure, HttpServletRequest request) {
		return this.responses.error(formatOf(request), failure.status(), List.of(failure.getMessage()));
	}

	static Open311Format formatOf(HttpServletRequest request) {
		String path = request.getRequestURI();
		return Open311Format.of(path.substring(path.lastIndexOf('.') + 1));
	}

}
