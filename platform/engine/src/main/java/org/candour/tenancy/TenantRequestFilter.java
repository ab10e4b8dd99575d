package org.candour.tenancy;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.candour.api.ProblemResponses;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sets the tenant of a request from its URL ({@code /api/tenants/{tenant}/…},
 * {@code /t/{tenant}/…}) and the request id, for the data layer and the logs; refuses
 * unknown and suspended tenants (a problem document for the API, an error page for
 * pages); clears everything in {@code finally}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class TenantRequestFilter extends OncePerRequestFilter {

	static final String REQUEST_ID_HEADER = "X-Request-Id";

	private static final Pattern TENANT_PATH = Pattern.compile("^/(?:api/tenants|t)/([^/]+)(?:/.*)?$");

	private static final Pattern SAFE_REQUEST_ID = Pattern.compile("^[A-Za-z0-9._-]{1,64}$");

	private final TenantDirectory directory;

	private final ProblemResponses responses;

	TenantRequestFilter(TenantDirectory directory, ProblemResponses responses) {
		this.directory = directory;
		this.responses = responses;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String requestId = Optional.ofNullable(request.getHeader(REQUEST_ID_HEADER))
			.filter(id -> SAFE_REQUEST_ID.matcher(id).matches())
			.orElseGet(() -> UUID.randomUUID().toString());
		response.setHeader(REQUEST_ID_HEADER, requestId);
		MDC.put("requestId", requestId);
		try {
			Matcher matcher = TENANT_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
			if (!matcher.matches()) {
				chain.doFilter(request, response);
				return;
			}
			String tenantId = matcher.group(1);
			MDC.put("tenant", tenantId);
			Optional<Tenant> tenant = this.directory.find(tenantId);
			if (tenant.isEmpty()) {
				this.responses.refuse(request, response, HttpStatus.NOT_FOUND, "Not found",
						"No tenant '" + tenantId + "'");
				return;
			}
			if (tenant.get().suspended()) {
				this.responses.refuse(request, response, HttpStatus.FORBIDDEN, "Tenant suspended",
						"Tenant '" + tenantId + "' is suspended; nothing can be read or changed");
				return;
			}
			TenantContext.callChecked(tenant.get().asCurrent(), () -> {
				chain.doFilter(request, response);
				return null;
			});
		}
		catch (IOException | ServletException | RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new ServletException(ex);
		}
		finally {
			MDC.remove("tenant");
			MDC.remove("requestId");
		}
	}

}
