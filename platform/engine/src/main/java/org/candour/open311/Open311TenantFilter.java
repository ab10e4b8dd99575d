package org.candour.open311;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.candour.tenancy.Tenant;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantDirectory;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sets the tenant of an Open311 request from its address ({@code /open311/{tenant}/…})
 * and clears it in {@code finally}; an unknown tenant is 404 and a suspended one 403, in
 * Open311's error shape.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class Open311TenantFilter extends OncePerRequestFilter {

	private static final Pattern TENANT_PATH = Pattern.compile("^/open311/([^/]+)(?:/.*)?$");

	private final TenantDirectory directory;

	private final Open311Responses responses;

	Open311TenantFilter(TenantDirectory directory, Open311Responses responses) {
		this.directory = directory;
		this.responses = responses;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !TENANT_PATH.matcher(path(request)).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Matcher matcher = TENANT_PATH.matcher(path(request));
		matcher.matches();
		String tenantId = matcher.group(1);
		Optional<Tenant> tenant = this.directory.find(tenantId);
		if (tenant.isEmpty() || tenant.get().suspended()) {
			refuse(request, response, tenant.isEmpty() ? HttpStatus.NOT_FOUND : HttpStatus.FORBIDDEN,
					tenant.isEmpty() ? "No council '" + tenantId + "'" : "This council's service is suspended");
			return;
		}
		MDC.put("tenant", tenantId);
		Exception[] failure = new Exception[1];
		try {
			TenantContext.runAs(tenant.get().asCurrent(), () -> {
				try {
					chain.doFilter(request, response);
				}
				catch (IOException | ServletException ex) {
					failure[0] = ex;
				}
			});
		}
		finally {
			MDC.remove("tenant");
		}
		if (failure[0] instanceof IOException io) {
			throw io;
		}
		if (failure[0] instanceof ServletException servlet) {
			throw servlet;
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String why)
			throws IOException {
		ResponseEntity<String> answer = this.responses.error(Open311Errors.formatOf(request), status, List.of(why));
		response.setStatus(status.value());
		response.setContentType(answer.getHeaders().getContentType().toString());
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(answer.getBody());
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
