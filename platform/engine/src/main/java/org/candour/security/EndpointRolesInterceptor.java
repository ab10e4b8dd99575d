package org.candour.security;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.candour.api.EndpointRoles;
import org.candour.tenancy.TenantContext;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The one place where {@link EndpointRoles} are enforced, for every handler: PUBLIC
 * handlers are open; otherwise an anonymous caller is refused as unauthenticated (401 or
 * a sign-in), and a caller without one of the declared roles — in the tenant of the URL,
 * or as platform administrator — is refused (403). A handler that declares no roles is
 * refused to everyone. Framework handlers (error page, OpenAPI document) are open.
 */
class EndpointRolesInterceptor implements HandlerInterceptor {

	private static final List<String> FRAMEWORK_PACKAGES = List.of("org.springframework.", "org.springdoc.");

	private final Callers callers;

	private final Refusals refusals;

	EndpointRolesInterceptor(Callers callers, Refusals refusals) {
		this.callers = callers;
		this.refusals = refusals;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		if (!(handler instanceof HandlerMethod method) || isFramework(method.getBeanType())) {
			return true;
		}
		EndpointRoles declared = declared(method);
		if (declared == null) {
			this.refusals.refuse(request, response, HttpStatus.FORBIDDEN, "This endpoint declares no roles");
			return false;
		}
		Set<String> wanted = Set.of(declared.value());
		if (wanted.contains(EndpointRoles.PUBLIC)) {
			return true;
		}
		Caller caller = this.callers.current()
			.orElseThrow(() -> new InsufficientAuthenticationException("Sign in or send a bearer token"));
		if (!caller.hasAnyRole(wanted)) {
			throw new AccessDeniedException("Needs one of the roles " + wanted.stream().sorted().toList()
					+ TenantContext.current().map(tenant -> " in tenant " + tenant.value()).orElse(""));
		}
		return true;
	}

	static EndpointRoles declared(HandlerMethod method) {
		EndpointRoles onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), EndpointRoles.class);
		return onMethod != null ? onMethod
				: AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), EndpointRoles.class);
	}

	static boolean isFramework(Class<?> type) {
		return FRAMEWORK_PACKAGES.stream().anyMatch(type.getName()::startsWith);
	}

}
