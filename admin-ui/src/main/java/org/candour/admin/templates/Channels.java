package org.candour.admin.templates;

import java.util.List;

/** How a template is sent, in words. */
final class Channels {

	private Channels() {
	}

	static String words(String channel) {
		return switch (channel == null ? "" : channel) {
			case "email" -> "Email";
			case "sms" -> "Text message";
			case "letter" -> "Letter";
			default -> channel;
		};
	}

	static List<Option> choices() {
		return TemplateForm.CHANNELS.stream().map(channel -> new Option(channel, words(channel))).toList();
	}

	/** A radio button: the value posted and its label. */
	record Option(String value, String label) {
	}

}
