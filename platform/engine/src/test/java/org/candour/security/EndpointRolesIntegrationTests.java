package org.candour.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.candour.api.EndpointRoles;
import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guard rail over every endpoint in the handler mapping: each declares its roles, and
 * every API endpoint refuses anonymous callers (401), members of another tenant (403 or
 * 404) and callers without one of its roles (403).
 */
@CandourIntegrationTest
class EndpointRolesIntegrationTests {

	private static final Set<String> TENANT_ROLES = Set.of(EndpointRoles.TENANT_ADMIN, EndpointRoles.MANAGER,
			EndpointRoles.OFFICER, EndpointRoles.INVESTIGATOR, EndpointRoles.AUDITOR, EndpointRoles.EQUALITY_ANALYST,
			EndpointRoles.DATA_PROTECTION);

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	Api api;

	@Autowired
	TestTokens tokens;

	String tenantA;

	String tenantB;

	@BeforeEach
	void twoTenants() {
		this.tenantA = this.api.newTenant("pooled");
		this.tenantB = this.api.newTenant("pooled");
	}

	@Test
	void everyCandourHandlerDeclaresItsRoles() {
		List<String> undeclared = new ArrayList<>();
		this.mapping.getHandlerMethods().forEach((info, method) -> {
			if (!EndpointRolesInterceptor.isFramework(method.getBeanType())
					&& EndpointRolesInterceptor.declared(method) == null) {
				undeclared.add(method.toString());
			}
		});
		assertThat(undeclared).as("handlers without @EndpointRoles").isEmpty();
	}

	@Test
	void everyApiEndpointRefusesAnonymousCallersOtherTenantsAndMissingRoles() {
		List<Endpoint> endpoints = apiEndpoints();
		assertThat(endpoints).hasSizeGreaterThan(20);
		String memberOfA = this.tokens.member("member-of-a", this.tenantA, TENANT_ROLES, Set.of());
		List<String> failures = new ArrayList<>();
		for (Endpoint endpoint : endpoints) {
			Set<String> roles = Set.of(endpoint.roles().value());
			String path = endpoint.path(this.tenantB);
			if (roles.contains(EndpointRoles.PUBLIC)) {
				// anyone may call it, signed in to any tenant or not: it must not ask who
				// they are
				Api.Response anonymous = send(null, endpoint, path);
				if (anonymous.status() == 401) {
					failures.add(endpoint + " is public but refused an anonymous caller: " + anonymous.body());
				}
				continue;
			}
			expect(failures, endpoint, "anonymous", send(null, endpoint, path), 401);
			expect(failures, endpoint, "member of another tenant", send(memberOfA, endpoint, path), 403, 404);
			for (String missing : missingRoles(endpoint, roles)) {
				String token = endpoint.platform()
						? this.tokens.member("every-role-in-b", this.tenantB, TENANT_ROLES, Set.of())
						: this.tokens.member("only-" + missing.toLowerCase(), this.tenantB, Set.of(missing), Set.of());
				expect(failures, endpoint, "only " + missing, send(token, endpoint, path), 403);
			}
		}
		assertThat(failures).isEmpty();
	}

	private List<String> missingRoles(Endpoint endpoint, Set<String> roles) {
		if (endpoint.platform()) {
			return List.of("every tenant role");
		}
		TreeSet<String> missing = new TreeSet<>(TENANT_ROLES);
		missing.removeAll(roles);
		return List.copyOf(missing);
	}

	private Api.Response send(String token, Endpoint endpoint, String path) {
		return this.api.send(endpoint.method(), path, endpoint.hasBody() ? "{}" : null,
				endpoint.hasBody() ? Map.of("Content-Type", endpoint.contentType()) : Map.of(), token);
	}

	private static void expect(List<String> failures, Endpoint endpoint, String who, Api.Response response,
			Integer... statuses) {
		if (!List.of(statuses).contains(response.status())) {
			failures.add(endpoint.method() + " " + endpoint.pattern() + " as " + who + ": " + response.status() + " "
					+ response.body());
		}
	}

	private List<Endpoint> apiEndpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		this.mapping.getHandlerMethods().forEach((info, method) -> {
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/api/")) {
					endpoints.add(Endpoint.of(info, method, pattern));
				}
			}
		});
		return endpoints;
	}

	record Endpoint(String method, String pattern, String contentType, EndpointRoles roles) {

		static Endpoint of(RequestMappingInfo info, HandlerMethod handler, String pattern) {
			String method = info.getMethodsCondition().getMethods().stream().findFirst().map(Enum::name).orElse("GET");
			String contentType = info.getConsumesCondition()
				.getConsumableMediaTypes()
				.stream()
				.findFirst()
				.map(MediaType::toString)
				.orElse(MediaType.APPLICATION_JSON_VALUE);
			return new Endpoint(method, pattern, contentType, EndpointRolesInterceptor.declared(handler));
		}

		boolean platform() {
			return this.pattern.startsWith("/api/platform/");
		}

		boolean hasBody() {
			return Set.of("POST", "PUT", "PATCH").contains(this.method);
		}

		String path(String tenant) {
			return this.pattern.replace("{tenant}", tenant).replaceAll("\\{[^}]+}", "1");
		}

	}

}
