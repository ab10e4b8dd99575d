package org.candour.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.candour.api.EndpointRoles;
import org.candour.security.EmbeddedIssuer;
import org.candour.security.Memberships;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * A bearer token for the HTTP clients: a bench officer made a member of the bench tenant,
 * signed in-process with the embedded authorization server's own key (the benchmark runs
 * the server in-process, so it can; no sign-in flow is timed).
 */
final class BenchToken {

	static final String USER = "bench-officer";

	private BenchToken() {
	}

	@SuppressWarnings("unchecked")
	static String officerOf(ConfigurableApplicationContext context, CurrentTenant tenant) {
		TenantContext.runAs(tenant, () -> context.getBean(Memberships.class)
			.put(USER, Set.of(EndpointRoles.OFFICER, EndpointRoles.MANAGER), Set.of(), "bench"));
		Instant now = Instant.now();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(context.getBean(EmbeddedIssuer.class).value())
			.audience(List.of(EmbeddedIssuer.API_AUDIENCE))
			.subject(USER)
			.issuedAt(now)
			.expiresAt(now.plus(Duration.ofHours(6)))
			.build();
		return new NimbusJwtEncoder(context.getBean(JWKSource.class))
			.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
			.getTokenValue();
	}

}
