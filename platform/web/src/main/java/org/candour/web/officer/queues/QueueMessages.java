package org.candour.web.officer.queues;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The text of the workspace's messages (staff pages are in English). */
@Component
class QueueMessages {

	private final MessageSource messages;

	QueueMessages(MessageSource messages) {
		this.messages = messages;
	}

	String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.ENGLISH);
	}

}
