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
import org.candour.tenancy.TenantContext;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Who belongs to the current tenant, with which roles and org units. One document per
 * member ({@code _id} = {@code tenant:user}); every change is one write and is recorded
 * in the security log.
 */
@Service
public class Memberships {

	private final MongoTemplate mongo;

	private final SecurityEvents events;

	private final Clock clock;

	Memberships(MongoTemplate mongo, SecurityEvents events, Optional<Clock> clock) {
		this.mongo = mongo;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public Optional<Membership> find(String user) {
		return Optional.ofNullable(collection().find(new Document("_id", id(user))).first()).map(Memberships::of);
	}

	public List<Membership> list() {
		List<Membership> members = new ArrayList<>();
		collection().find().sort(new Document("user", 1)).forEach(doc -> members.add(of(doc)));
		return members;
	}

	/**
	 * Sets a member's roles and org units, recording the change as made by {@code by}.
	 */
	public Membership put(String user, Collection<String> roles, Collection<String> orgUnits, String by) {
		Membership membership = new Membership(user, roles.stream().distinct().sorted().toList(),
				orgUnits.stream().distinct().sorted().toList());
		collection().replaceOne(new Document("_id", id(user)), toDocument(membership),
				new ReplaceOptions().upsert(true));
		this.events.record(SecurityEventType.ROLE_CHANGE, by, null,
				"member " + user + " now has roles " + membership.roles() + " and org units " + membership.orgUnits());
		return membership;
	}

	/** Removes a member; false if there was none. */
	public boolean remove(String user, String by) {
		boolean removed = collection().deleteOne(new Document("_id", id(user))).getDeletedCount() == 1;
		if (removed) {
			this.events.record(SecurityEventType.ROLE_CHANGE, by, null, "member " + user + " removed");
		}
		return removed;
	}

	/** Adds a member unless the user is one already (their roles are then left alone). */
	public void ensure(String user, Collection<String> roles, Collection<String> orgUnits) {
		if (find(user).isPresent()) {
			return;
		}
		try {
			collection().insertOne(toDocument(new Membership(user, List.copyOf(roles), List.copyOf(orgUnits))));
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
				throw ex;
			}
		}
	}

	private Document toDocument(Membership membership) {
		return new Document("_id", id(membership.user())).append("user", membership.user())
			.append("roles", membership.roles())
			.append("orgUnits", membership.orgUnits())
			.append("updatedAt", Date.from(this.clock.instant()));
	}

	private static Membership of(Document doc) {
		return new Membership(doc.getString("user"), doc.getList("roles", String.class),
				doc.getList("orgUnits", String.class));
	}

	private static String id(String user) {
		return TenantContext.require().value() + ":" + user;
	}

	private MongoCollection<Document> collection() {
		return this.mongo.getCollection(SecurityCollections.MEMBERS);
	}

}
