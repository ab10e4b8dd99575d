package org.candour.web.officer.qa;

/** Where the QA pages live. */
final class QaPaths {

	private QaPaths() {
	}

	static String queue(String tenant) {
		return "/t/" + tenant + "/qa";
	}

	static String sample(String tenant, String id) {
		return queue(tenant) + "/samples/" + id;
	}

	static String figures(String tenant) {
		return queue(tenant) + "/figures";
	}

	static String runs(String tenant) {
		return queue(tenant) + "/runs";
	}

}
