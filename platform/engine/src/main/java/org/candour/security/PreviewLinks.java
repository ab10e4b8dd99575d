package org.candour.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.candour.tenancy.TenantContext;

import org.springframework.stereotype.Service;

/**
 * Signed, expiring links with which an administrator lets a colleague, without signing
 * in, review the draft of one feedback type's resident pages. A link names the tenant,
 * the feedback type, who issued it and until when it works; it is signed with the
 * tenant's link key for this purpose only (it never opens a case), and nothing is stored.
 */
@Service
public class PreviewLinks {

	private static final String PURPOSE = "draft-preview";

	/** The longest a preview link may work. */
	public static final Duration LONGEST = Duration.ofDays(30);

	private final SignedTokens tokens;

	private final Clock clock;

	PreviewLinks(SignedTokens tokens, Optional<Clock> clock) {
		this.tokens = tokens;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * A token for the current tenant's draft of a feedback type, working for
	 * {@code validity} (at most {@link #LONGEST}).
	 */
	public String issue(String feedbackType, String issuedBy, Duration validity) {
		Duration bounded = validity.compareTo(LONGEST) > 0 ? LONGEST : validity;
		return this.tokens.sign(PURPOSE, new Payload(TenantContext.require().value(), feedbackType, issuedBy,
				this.clock.instant().plus(bounded).getEpochSecond()));
	}

	/** What a genuine, unexpired token of the current tenant names. */
	public Optional<Preview> verify(String token) {
		return this.tokens.read(PURPOSE, token, Payload.class)
			.filter(payload -> TenantContext.require().value().equals(payload.tenant())
					&& payload.feedbackType() != null
					&& Instant.ofEpochSecond(payload.expires()).isAfter(this.clock.instant()))
			.map(payload -> new Preview(payload.feedbackType(), payload.issuedBy(),
					Instant.ofEpochSecond(payload.expires())));
	}

	/**
	 * A genuine preview link.
	 *
	 * @param feedbackType the feedback type whose draft it shows
	 * @param issuedBy who issued it
	 * @param expires when it stops working
	 */
	public record Preview(String feedbackType, String issuedBy, Instant expires) {
	}

	record Payload(String tenant, String feedbackType, String issuedBy, long expires) {
	}

}
