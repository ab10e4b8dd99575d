package org.candour.open311;

import java.time.Instant;

/**
 * A client allowed to POST requests to the tenant's Open311 endpoint (FixMyStreet, say).
 * Its key is never kept, only its hash.
 *
 * @param id the client's id
 * @param name what the administrator called it
 * @param createdAt when its key was made
 * @param createdBy who made it
 * @param revokedAt when its key stopped working; {@code null} while it works
 * @param revokedBy who revoked it; {@code null} while it works
 */
public record Open311Client(String id, String name, Instant createdAt, String createdBy, Instant revokedAt,
		String revokedBy) {

	public boolean active() {
		return this.revokedAt == null;
	}

}
