package org.candour.admin.platform;

/** Where the platform administrator's pages live. */
final class PlatformPaths {

	static final String HOME = "/platform";

	static final String NEW_TENANT = "/platform/tenants/new";

	private PlatformPaths() {
	}

	static String tenant(String id) {
		return "/platform/tenants/" + id;
	}

	static String deploy(String id) {
		return tenant(id) + "/deploy";
	}

	static String administrators(String id) {
		return tenant(id) + "/administrators/new";
	}

}
