package org.candour.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.candour.api.ApiError;
import org.candour.api.Refusal;
import org.candour.tenancy.TenantContext;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Who belongs to the current tenant, with which roles and org units. One document per
 * member, keyed by issuer and subject ({@code _id} = {@code tenant:user} for users of the
 * embedded authorization server, as before issuers were kept, and
 * {@code tenant:issuer user} for users of another issuer); every change is one write and
 * is recorded in the security log. An issuer of {@code null} means the embedded
 * authorization server.
 */
@Service
public class Memberships {

	private final MongoTemplate mongo;

	private final SecurityEvents events;

	private final Clock clock;

	private final TenantRoles tenantRoles;

	Memberships(MongoTemplate mongo, SecurityEvents events, Optional<Clock> clock, TenantRoles tenantRoles) {
		this.mongo = mongo;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
		this.tenantRoles = tenantRoles;
	}

	/** A user of the embedded authorization server. */
	public Optional<Membership> find(String user) {
		return find(null, user);
	}

	public Optional<Membership> find(String issuer, String user) {
		return Optional.ofNullable(collection().find(new Document("_id", id(issuer, user))).first())
			.map(Memberships::of);
	}

	public List<Membership> list() {
		List<Membership> members = new ArrayList<>();
		collection().find().sort(new Document("user", 1)).forEach(doc -> members.add(of(doc)));
		return members;
	}

	/** Sets the roles and org units of a user of the embedded authorization server. */
	public Membership put(String user, Collection<String> roles, Collection<String> orgUnits, String by) {
		return put(null, user, roles, orgUnits, by);
	}

	/**
	 * Sets a member's roles and org units, recording the change as made by {@code by}.
	 */
	public Membership put(String issuer, String user, Collection<String> roles, Collection<String> orgUnits,
			String by) {
		return put(issuer, user, roles, orgUnits, find(issuer, user).map(Membership::email).orElse(null), by);
	}

	/**
	 * Sets a member's roles, org units and email address (null: none), recording the
	 * change as made by {@code by}. A role is a base role or the id of one of the
	 * tenant's published role documents; any other is refused (422, pointing at it in
	 * {@code /roles}).
	 */
	public Membership put(String issuer, String user, Collection<String> roles, Collection<String> orgUnits,
			String email, String by) {
		List<String> asked = List.copyOf(roles);
		List<ApiError> unknown = new ArrayList<>();
		for (int i = 0; i < asked.size(); i++) {
			if (!this.tenantRoles.exists(asked.get(i))) {
				unknown.add(new ApiError("/roles/" + i, "role-unknown",
						"No role '" + asked.get(i) + "': a platform role or a published role document's id"));
			}
		}
		if (!unknown.isEmpty()) {
			throw Refusal.rulesBroken("A member can hold only roles that exist", unknown);
		}
		Membership membership = new Membership(user, roles.stream().distinct().sorted().toList(),
				orgUnits.stream().distinct().sorted().toList(), issuer, email);
		collection().replaceOne(new Document("_id", id(issuer, user)), toDocument(membership),
				new ReplaceOptions().upsert(true));
		this.events.record(SecurityEventType.ROLE_CHANGE, by, null,
				"member " + named(issuer, user) + " now has roles " + membership.roles() + " and org units "
						+ membership.orgUnits() + (membership.email() == null ? "" : " and an email address"));
		return membership;
	}

	/**
	 * Records the email address a member's identity provider gives (its tokens'
	 * {@code email} claim) when it differs from the one kept: one write, which makes a
	 * membership without roles for a user the provider's groups alone let in.
	 */
	public void recordEmail(String issuer, String user, String email) {
		if (email == null || email.isBlank()
				|| find(issuer, user).map(Membership::email).filter(email.strip()::equals).isPresent()) {
			return;
		}
		Document insert = new Document("user", user).append("roles", List.of()).append("orgUnits", List.of());
		if (issuer != null) {
			insert.append("issuer", issuer);
		}
		collection().updateOne(new Document("_id", id(issuer, user)),
				new Document("$set",
						new Document("email", email.strip()).append("updatedAt", Date.from(this.clock.instant())))
					.append("$setOnInsert", insert),
				new com.mongodb.client.model.UpdateOptions().upsert(true));
	}

	/**
	 * The members with an email address whose user name is {@code user}, of any issuer.
	 */
	public List<Membership> withUserName(String user) {
		List<Membership> found = new ArrayList<>();
		collection().find(new Document("user", user)).forEach(doc -> found.add(of(doc)));
		return found;
	}

	/** Removes a member; false if there was none. */
	public boolean remove(String issuer, String user, String by) {
		boolean removed = collection().deleteOne(new Document("_id", id(issuer, user))).getDeletedCount() == 1;
		if (removed) {
			this.events.record(SecurityEventType.ROLE_CHANGE, by, null, "member " + named(issuer, user) + " removed");
		}
		return removed;
	}

	/**
	 * Adds a user of the embedded authorization server unless they are a member already
	 * (their roles are then left alone).
	 */
	public void ensure(String user, Collection<String> roles, Collection<String> orgUnits) {
		ensure(user, roles, orgUnits, null);
	}

	/**
	 * Adds a user of the embedded authorization server unless they are a member already;
	 * a member without an email address gets {@code email} (their roles are left alone).
	 */
	public void ensure(String user, Collection<String> roles, Collection<String> orgUnits, String email) {
		Optional<Membership> found = find(user);
		if (found.isPresent()) {
			if (found.get().email() == null && email != null) {
				recordEmail(null, user, email);
			}
			return;
		}
		try {
			collection()
				.insertOne(toDocument(new Membership(user, List.copyOf(roles), List.copyOf(orgUnits), null, email)));
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
				throw ex;
			}
		}
	}

	private Document toDocument(Membership membership) {
		Document doc = new Document("_id", id(membership.issuer(), membership.user())).append("user",
				membership.user());
		if (membership.issuer() != null) {
			doc.append("issuer", membership.issuer());
		}
		return doc.append("roles", membership.roles())
			.append("orgUnits", membership.orgUnits())
			.append("email", membership.email())
			.append("updatedAt", Date.from(this.clock.instant()));
	}

	private static Membership of(Document doc) {
		return new Membership(doc.getString("user"), doc.getList("roles", String.class),
				doc.getList("orgUnits", String.class), doc.getString("issuer"), doc.getString("email"));
	}

	/** Issuers are URLs without spaces, so the first space ends the issuer. */
	private static String id(String issuer, String user) {
		return TenantContext.require().value() + ":" + (issuer == null ? user : issuer + " " + user);
	}

	private static String named(String issuer, String user) {
		return issuer == null ? user : user + " of " + issuer;
	}

	private MongoCollection<Document> collection() {
		return this.mongo.getCollection(SecurityCollections.MEMBERS);
	}

}
