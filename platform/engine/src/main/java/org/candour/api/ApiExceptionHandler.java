package org.candour.api;

import java.util.List;

import tools.jackson.core.JacksonException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns refused requests into problem documents: the one place a {@link Refusal} gets its
 * HTTP status and title.
 */
@RestControllerAdvice
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

	@ExceptionHandler(Refusal.class)
	ProblemDetail refused(Refusal ex) {
		return problem(ex);
	}

	static ProblemDetail problem(Refusal refusal) {
		HttpStatus status = status(refusal.kind());
		ProblemDetail problem = Problems.of(status, title(refusal.kind()), refusal.getMessage(), refusal.violations());
		refusal.properties().forEach(problem::setProperty);
		return problem;
	}

	static HttpStatus status(Refusal.Kind kind) {
		return switch (kind) {
			case MALFORMED -> HttpStatus.BAD_REQUEST;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case NOT_ALLOWED -> HttpStatus.FORBIDDEN;
			case STALE -> HttpStatus.CONFLICT;
			case RULES_BROKEN -> HttpStatus.UNPROCESSABLE_CONTENT;
		};
	}

	private static String title(Refusal.Kind kind) {
		return switch (kind) {
			case MALFORMED -> "Bad request";
			case NOT_FOUND -> "Not found";
			case NOT_ALLOWED -> "Forbidden";
			case STALE -> "Conflict";
			case RULES_BROKEN -> "Unprocessable content";
		};
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		String message = ex.getCause() instanceof JacksonException jackson ? jackson.getOriginalMessage()
				: "The request body is not valid JSON";
		return Problems.of(HttpStatus.BAD_REQUEST, "Bad request", "The request body could not be read",
				List.of(new ApiError("", "malformed-json", message)));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missingParameter(MissingServletRequestParameterException ex) {
		return Problems.of(HttpStatus.BAD_REQUEST, "Bad request", ex.getMessage(),
				List.of(new ApiError("/" + ex.getParameterName(), "required",
						"Parameter " + ex.getParameterName() + " is required")));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return Problems.of(HttpStatus.BAD_REQUEST, "Bad request", "Parameter " + ex.getName() + " is not valid",
				List.of(new ApiError("/" + ex.getName(), "invalid-value",
						"Value '" + ex.getValue() + "' is not valid for " + ex.getName())));
	}

}
