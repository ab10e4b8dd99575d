package org.candour.web.officer.remedies;

import java.math.BigDecimal;
import java.util.List;

import org.candour.api.EndpointRoles;

/** What the remedies forms share: who proposes and decides, and reading an amount. */
final class RemedyForms {

	/** The roles that propose and decide remedies (within their delegated limit). */
	static final List<String> EDITORS = List.of(EndpointRoles.OFFICER, EndpointRoles.MANAGER,
			EndpointRoles.INVESTIGATOR);

	private RemedyForms() {
	}

	/**
	 * An amount in pounds as typed ({@code 150}, {@code 150.50}, {@code £1,250}); null
	 * when it is not one (more than two decimal places, not a number, not above 0).
	 */
	static BigDecimal pounds(String typed) {
		String plain = typed.strip().replace("£", "").replace(",", "");
		if (!plain.matches("[0-9]{1,8}(\\.[0-9]{1,2})?")) {
			return null;
		}
		BigDecimal amount = new BigDecimal(plain);
		return (amount.signum() > 0) ? amount : null;
	}

}
