package org.candour.web.officer;

/** Where the pages of the officer workspace live. */
public final class OfficerPaths {

	private OfficerPaths() {
	}

	public static String work(String tenant) {
		return "/t/" + tenant + "/work";
	}

	public static String caseScreen(String tenant, String reference) {
		return "/t/" + tenant + "/cases/" + reference;
	}

	public static String logCase(String tenant) {
		return "/t/" + tenant + "/cases/new";
	}

	public static String reports(String tenant) {
		return "/t/" + tenant + "/reports";
	}

	public static String equality(String tenant) {
		return "/t/" + tenant + "/equality";
	}

	public static String satisfaction(String tenant) {
		return "/t/" + tenant + "/satisfaction";
	}

	public static String dashboard(String tenant) {
		return "/t/" + tenant + "/dashboard";
	}

	public static String learning(String tenant) {
		return "/t/" + tenant + "/learning";
	}

	/** Recording learning from a case. */
	public static String recordLearning(String tenant, String reference) {
		return learning(tenant) + "/new?case=" + reference;
	}

	public static String actionsDue(String tenant) {
		return "/t/" + tenant + "/actions";
	}

	public static String qa(String tenant) {
		return "/t/" + tenant + "/qa";
	}

}
