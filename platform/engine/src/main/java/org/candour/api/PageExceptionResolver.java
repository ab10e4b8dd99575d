package org.candour.api;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * On pages, a refused request ({@link Refusal}, a {@code ResponseStatusException}, a
 * missing page or resource, a method not allowed, a malformed parameter…) is sent to the
 * servlet error dispatch with its status, ahead of the API's problem-document handlers,
 * so that it renders as an error page. A handler's own {@code @ExceptionHandler} still
 * comes first; exceptions without a status (and sign-in or access refusals, which the
 * security filters answer) are left alone.
 */
@Component
class PageExceptionResolver implements HandlerExceptionResolver, Ordered {

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		HttpStatusCode status = statusOf(ex);
		if (status == null || !ErrorFormats.wantsPage(request) || handlesItself(handler, ex)) {
			return null;
		}
		if (ex instanceof ErrorResponse error) {
			error.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		}
		try {
			response.sendError(status.value(), ex.getMessage());
			return new ModelAndView();
		}
		catch (IOException | IllegalStateException notSent) {
			return null;
		}
	}

	static HttpStatusCode statusOf(Exception ex) {
		if (ex instanceof Refusal refused) {
			return ApiExceptionHandler.status(refused.kind());
		}
		if (ex instanceof ErrorResponse error) {
			return error.getStatusCode();
		}
		if (ex instanceof TypeMismatchException || ex instanceof HttpMessageNotReadableException
				|| ex instanceof BindException) {
			return HttpStatus.BAD_REQUEST;
		}
		return null;
	}

	private static boolean handlesItself(Object handler, Exception ex) {
		return handler instanceof HandlerMethod method
				&& new ExceptionHandlerMethodResolver(method.getBeanType()).resolveMethodByThrowable(ex) != null;
	}

}
