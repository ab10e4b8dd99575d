package org.candour.security;

import java.util.Optional;
import java.util.Set;

import org.candour.api.EndpointRoles;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.web.method.HandlerMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class EndpointRolesInterceptorTests {

	private final Callers callers = mock(Callers.class);

	private final Refusals refusals = mock(Refusals.class);

	private final EndpointRolesInterceptor interceptor = new EndpointRolesInterceptor(this.callers, this.refusals);

	private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/tenants/acme/things");

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	@Test
	void refusesAHandlerThatDeclaresNoRolesEvenToAnAdministrator() throws Exception {
		given(this.callers.current()).willReturn(Optional.of(everything()));
		assertThat(this.interceptor.preHandle(this.request, this.response, handler(new Undeclared(), "get"))).isFalse();
		verify(this.refusals).refuse(any(), any(), eq(HttpStatus.FORBIDDEN), anyString());
	}

	@Test
	void letsAnyoneCallAPublicHandler() throws Exception {
		given(this.callers.current()).willReturn(Optional.empty());
		assertThat(this.interceptor.preHandle(this.request, this.response, handler(new Declared(), "open"))).isTrue();
	}

	@Test
	void asksAnonymousCallersToAuthenticate() {
		given(this.callers.current()).willReturn(Optional.empty());
		assertThatThrownBy(
				() -> this.interceptor.preHandle(this.request, this.response, handler(new Declared(), "work")))
			.isInstanceOf(InsufficientAuthenticationException.class);
	}

	@Test
	void refusesCallersWithoutTheRoleAndAdmitsThoseWithIt() throws Exception {
		given(this.callers.current())
			.willReturn(Optional.of(new Caller("ann", false, Set.of(EndpointRoles.AUDITOR), Set.of())));
		assertThatThrownBy(
				() -> this.interceptor.preHandle(this.request, this.response, handler(new Declared(), "work")))
			.isInstanceOf(AccessDeniedException.class);
		given(this.callers.current())
			.willReturn(Optional.of(new Caller("otto", false, Set.of(EndpointRoles.OFFICER), Set.of())));
		assertThat(this.interceptor.preHandle(this.request, this.response, handler(new Declared(), "work"))).isTrue();
	}

	@Test
	void givesPlatformAdministratorsNoTenantRole() {
		given(this.callers.current()).willReturn(Optional.of(new Caller("root", true, Set.of(), Set.of())));
		assertThatThrownBy(
				() -> this.interceptor.preHandle(this.request, this.response, handler(new Declared(), "work")))
			.isInstanceOf(AccessDeniedException.class);
	}

	private static Caller everything() {
		return new Caller("root", true, Set.of(EndpointRoles.TENANT_ADMIN, EndpointRoles.MANAGER, EndpointRoles.OFFICER,
				EndpointRoles.INVESTIGATOR, EndpointRoles.AUDITOR), Set.of());
	}

	private static HandlerMethod handler(Object bean, String method) throws NoSuchMethodException {
		return new HandlerMethod(bean, bean.getClass().getDeclaredMethod(method));
	}

	static class Undeclared {

		void get() {
		}

	}

	@EndpointRoles(EndpointRoles.OFFICER)
	static class Declared {

		void work() {
		}

		@EndpointRoles(EndpointRoles.PUBLIC)
		void open() {
		}

	}

}
