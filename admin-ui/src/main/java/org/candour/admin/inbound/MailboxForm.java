package org.candour.admin.inbound;

import org.candour.inbound.MailboxStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The inbound email page's form, as posted: every value as typed ({@code tls}
 * {@code yes}/{@code no}, {@code enabled} {@code yes} when ticked).
 */
record MailboxForm(String host, String port, String tls, String user, String folder, String feedbackType,
		String bodyField, String enabled) {

	/** What a tenant without a mailbox starts from. */
	static MailboxForm blank() {
		return new MailboxForm("", "993", "yes", "", "INBOX", "", "", "yes");
	}

	static MailboxForm of(MailboxStatus status) {
		return new MailboxForm(status.host(), String.valueOf(status.port()), status.tls() ? "yes" : "no", status.user(),
				status.folder(), status.feedbackType(), status.bodyField(), status.enabled() ? "yes" : null);
	}

	/** The settings for the engine to check: a port that is not a number stays text. */
	JsonNode settings() {
		ObjectNode settings = JsonNodeFactory.instance.objectNode();
		settings.put("host", text(this.host));
		String typedPort = text(this.port);
		if (typedPort.matches("[0-9]{1,5}")) {
			settings.put("port", Integer.parseInt(typedPort));
		}
		else {
			settings.put("port", typedPort);
		}
		settings.put("tls", !"no".equals(this.tls));
		settings.put("user", text(this.user));
		settings.put("folder", text(this.folder));
		settings.put("feedbackType", text(this.feedbackType));
		settings.put("bodyField", text(this.bodyField));
		settings.put("enabled", "yes".equals(this.enabled));
		return settings;
	}

	private static String text(String value) {
		return value == null ? "" : value.strip();
	}

}
