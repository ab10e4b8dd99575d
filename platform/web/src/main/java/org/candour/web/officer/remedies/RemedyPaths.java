package org.candour.web.officer.remedies;

import org.candour.web.officer.OfficerPaths;

/** Where the remedies pages of a case live. */
final class RemedyPaths {

	private RemedyPaths() {
	}

	static String list(String tenant, String reference) {
		return OfficerPaths.caseScreen(tenant, reference) + "/remedies";
	}

	static String propose(String tenant, String reference) {
		return list(tenant, reference) + "/new";
	}

	static String decision(String tenant, String reference, String id, RemedyDecision decision) {
		return list(tenant, reference) + "/" + id + "/" + decision.path();
	}

}
