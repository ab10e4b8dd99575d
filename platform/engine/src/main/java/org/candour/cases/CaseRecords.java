package org.candour.cases;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/** Verifies the integrity of a case's stored history. */
@Service
class CaseRecords {

	private final CaseActions actions;

	private final CaseHistory history;

	CaseRecords(CaseActions actions, JsonMapper json) {
		this.actions = actions;
		this.history = new CaseHistory(json);
	}

	CaseHistory.Verification verify(String reference) {
		return this.history.verify(this.actions.load(reference));
	}

}
