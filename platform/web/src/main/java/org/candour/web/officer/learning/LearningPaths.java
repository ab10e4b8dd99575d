package org.candour.web.officer.learning;

/** Where the learning pages live. */
final class LearningPaths {

	private LearningPaths() {
	}

	static String register(String tenant) {
		return "/t/" + tenant + "/learning";
	}

	static String record(String tenant, String id) {
		return register(tenant) + "/" + id;
	}

	static String edit(String tenant, String id) {
		return record(tenant, id) + "/edit";
	}

	static String publication(String tenant, String id) {
		return record(tenant, id) + "/publication";
	}

	static String newAction(String tenant, String id) {
		return record(tenant, id) + "/actions/new";
	}

	static String action(String tenant, String id, String action) {
		return record(tenant, id) + "/actions/" + action;
	}

}
