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

/** Turns refused requests into problem documents. */
@RestControllerAdvice
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

	@ExceptionHandler(ApiException.class)
	ProblemDetail refused(ApiException ex) {
		return Problems.of(ex);
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
