package org.candour.api;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * The servlet error dispatch: every status sent with {@code sendError} (by a filter, a
 * security handler, {@link PageExceptionResolver}) and every exception no handler
 * resolved. A page request gets the first error page an {@link ErrorViewResolver} renders
 * (the web layer's), given the model {@code status}, {@code path} (what was asked for)
 * and {@code retryAfter} (seconds, when sent); the API, and a page that nothing renders,
 * get a problem document.
 */
@Controller
@EndpointRoles(EndpointRoles.PUBLIC)
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorDispatchController implements ErrorController {

	private final ErrorAttributes errors;

	private final ObjectProvider<ErrorViewResolver> pages;

	private final JsonMapper json;

	ErrorDispatchController(ErrorAttributes errors, ObjectProvider<ErrorViewResolver> pages, JsonMapper json) {
		this.errors = errors;
		this.pages = pages;
		this.json = json;
	}

	@RequestMapping
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpStatus status = status(request);
		if (ErrorFormats.wantsPage(request)) {
			Map<String, Object> model = new HashMap<>();
			model.put("status", status.value());
			model.put("path", ErrorFormats.originalPath(request));
			model.put("retryAfter", response.getHeader(HttpHeaders.RETRY_AFTER));
			for (ErrorViewResolver resolver : this.pages.orderedStream().toList()) {
				ModelAndView page = resolver.resolveErrorView(request, status, model);
				if (page != null) {
					page.setStatus(status);
					return page;
				}
			}
		}
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), problem(request, status));
		return null;
	}

	private ProblemDetail problem(HttpServletRequest request, HttpStatus status) {
		Throwable error = this.errors.getError(new ServletWebRequest(request));
		if (error instanceof Refusal refused) {
			return ApiExceptionHandler.problem(refused);
		}
		String message = (request.getAttribute(RequestDispatcher.ERROR_MESSAGE) instanceof String sent) ? sent : null;
		String detail = status.is5xxServerError() ? "The request could not be completed"
				: StringUtils.hasText(message) ? message : status.getReasonPhrase();
		return Problems.of(status, status.getReasonPhrase(), detail, List.of());
	}

	private static HttpStatus status(HttpServletRequest request) {
		if (!(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code)) {
			return HttpStatus.NOT_FOUND;
		}
		HttpStatus status = HttpStatus.resolve(code);
		return status != null ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
