package org.candour.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.candour.api.EndpointRoles;
import org.candour.security.EmbeddedIssuer;
import org.candour.security.Memberships;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Tokens of the embedded authorization server for tests, signed with its own keys: the
 * platform administrator, and {@value #MEMBER}, a member of each tenant it is asked for
 * with every tenant role.
 */
@TestComponent
public class TestTokens {

	public static final String MEMBER = "test-member";

	public static final String PLATFORM_ADMIN = "test-platform-admin";

	private static final Pattern TENANT_PATH = Pattern.compile("^/api/tenants/([^/?]+).*$");

	private static final Set<String> TENANT_ROLES = Set.of(EndpointRoles.TENANT_ADMIN, EndpointRoles.MANAGER,
			EndpointRoles.OFFICER, EndpointRoles.INVESTIGATOR, EndpointRoles.AUDITOR, EndpointRoles.EQUALITY_ANALYST);

	private final NimbusJwtEncoder encoder;

	private final EmbeddedIssuer issuer;

	private final Memberships memberships;

	private final TenantManagement tenants;

	private final Map<String, String> minted = new ConcurrentHashMap<>();

	private final Set<String> enrolled = ConcurrentHashMap.newKeySet();

	public TestTokens(JWKSource<SecurityContext> keys, EmbeddedIssuer issuer, Memberships memberships,
			TenantManagement tenants) {
		this.encoder = new NimbusJwtEncoder(keys);
		this.issuer = issuer;
		this.memberships = memberships;
		this.tenants = tenants;
	}

	/** The token {@code Api} sends to a path (none outside the API). */
	public Optional<String> forPath(String path) {
		if (path.startsWith("/api/platform/")) {
			return Optional.of(platformAdmin());
		}
		Matcher tenant = TENANT_PATH.matcher(path);
		if (tenant.matches()) {
			return Optional.of(memberOf(tenant.group(1)));
		}
		return Optional.empty();
	}

	public String platformAdmin() {
		return this.minted.computeIfAbsent(PLATFORM_ADMIN, subject -> mint(subject, true));
	}

	/** {@value #MEMBER}, with every tenant role in {@code tenant} (when it exists). */
	public String memberOf(String tenant) {
		return member(MEMBER, tenant, TENANT_ROLES, Set.of());
	}

	/** A user with the given roles and org units in {@code tenant}. */
	public String member(String user, String tenant, Set<String> roles, Set<String> orgUnits) {
		String membership = tenant + ":" + user + ":" + roles + ":" + orgUnits;
		if (!this.enrolled.contains(membership)) {
			this.tenants.find(tenant).ifPresent(found -> {
				TenantContext.runAs(found.asCurrent(), () -> this.memberships.put(user, roles, orgUnits, "test-setup"));
				this.enrolled.add(membership);
			});
		}
		return user(user);
	}

	/** A token of the embedded server for {@code user}, whatever memberships it has. */
	public String user(String user) {
		return this.minted.computeIfAbsent(user, subject -> mint(subject, false));
	}

	private String mint(String subject, boolean platformAdmin) {
		Instant now = Instant.now();
		JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
			.issuer(this.issuer.value())
			.audience(List.of(EmbeddedIssuer.API_AUDIENCE))
			.subject(subject)
			.issuedAt(now)
			.expiresAt(now.plus(Duration.ofHours(2)));
		if (platformAdmin) {
			claims.claim("candour_platform_admin", true);
		}
		return this.encoder
			.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims.build()))
			.getTokenValue();
	}

}
