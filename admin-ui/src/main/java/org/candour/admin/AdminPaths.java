package org.candour.admin;

/** Where the tenant administrator's pages live. */
public final class AdminPaths {

	private AdminPaths() {
	}

	public static String home(String tenant) {
		return "/t/" + tenant + "/admin";
	}

	public static String versions(String tenant) {
		return home(tenant) + "/versions";
	}

	public static String check(String tenant) {
		return home(tenant) + "/check";
	}

	public static String types(String tenant) {
		return home(tenant) + "/feedback-types";
	}

	public static String type(String tenant, String id) {
		return types(tenant) + "/" + id;
	}

	public static String templates(String tenant) {
		return home(tenant) + "/templates";
	}

	public static String template(String tenant, String id) {
		return templates(tenant) + "/" + id;
	}

	public static String branding(String tenant) {
		return home(tenant) + "/branding";
	}

	public static String codeLists(String tenant) {
		return home(tenant) + "/code-lists";
	}

	public static String codeList(String tenant, String id) {
		return codeLists(tenant) + "/" + id;
	}

	public static String reports(String tenant) {
		return home(tenant) + "/reports";
	}

	public static String report(String tenant, String id) {
		return reports(tenant) + "/" + id;
	}

}
