package org.candour.api;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Refuses a request outside Spring MVC (in a filter or a security handler): a page
 * request goes to the servlet error dispatch, which renders the error page; any other
 * gets a problem document. Headers set before (e.g. {@code Retry-After}) are kept either
 * way.
 */
@Component
public class ProblemResponses {

	private final JsonMapper json;

	ProblemResponses(JsonMapper json) {
		this.json = json;
	}

	public void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
			String detail) throws IOException {
		if (ErrorFormats.wantsPage(request)) {
			response.sendError(status.value(), detail);
			return;
		}
		write(response, status, title, detail);
	}

	/** Always a problem document, whoever asks. */
	public void write(HttpServletResponse response, HttpStatus status, String title, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), Problems.of(status, title, detail, List.of()));
	}

}
