package org.candour.definition;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of configuration document; each has a meta-schema. Rules, fieldsets,
 * transition templates and role sets are support documents of the lean format: the
 * normaliser expands what refers to them, and nothing at runtime reads them.
 */
public enum ConfigKind {

	FEEDBACK_TYPE("feedback-type"), FORM("form"), WORKFLOW("workflow"), ORG_STRUCTURE("org-structure"),
	CALENDAR("calendar"), ROLE("role"), NOTIFICATION_TEMPLATE("notification-template"), REPORT("report"),
	CODE_LIST("code-list"), BRANDING("branding"), RULE("rule"), FIELDSET("fieldset"),
	TRANSITION_TEMPLATE("transition-template"), ROLE_SET("role-set"), SERVICE_STANDARD("service-standard"),
	QA_POLICY("qa-policy");

	private final String id;

	ConfigKind(String id) {
		this.id = id;
	}

	public String id() {
		return this.id;
	}

	public static Optional<ConfigKind> fromId(String id) {
		return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
	}

	@Override
	public String toString() {
		return this.id;
	}

}
