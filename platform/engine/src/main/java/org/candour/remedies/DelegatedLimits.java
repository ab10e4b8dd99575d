package org.candour.remedies;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Optional;

import org.candour.api.Actors;
import org.candour.config.ActiveConfigurations;
import org.candour.definition.model.Role;

import org.springframework.stereotype.Component;

/**
 * How much a member may approve as a payment: the highest {@code remedyLimit} among the
 * tenant's role documents the member holds by id and those without limits whose base role
 * the member holds. No such document, or none with a limit, is a limit of 0.
 */
@Component
class DelegatedLimits {

	private final ActiveConfigurations configurations;

	DelegatedLimits(ActiveConfigurations configurations) {
		this.configurations = configurations;
	}

	Limit of(Actors.Actor actor) {
		Optional<Role> highest = this.configurations.require()
			.model()
			.roles()
			.values()
			.stream()
			.filter(role -> role.remedyLimit() != null && (actor.roles().contains(role.id())
					|| !role.limited() && actor.roles().contains(role.baseRole())))
			.max(Comparator.comparing(Role::remedyLimit));
		return highest.map(role -> new Limit(role.remedyLimit(), role.id())).orElse(Limit.NONE);
	}

	/**
	 * @param amount in pounds
	 * @param role the role document it comes from; null when none gives a limit
	 */
	record Limit(BigDecimal amount, String role) {

		static final Limit NONE = new Limit(BigDecimal.ZERO, null);

		boolean covers(BigDecimal payment) {
			return payment.compareTo(this.amount) <= 0;
		}

	}

}
