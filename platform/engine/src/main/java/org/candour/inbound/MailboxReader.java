package org.candour.inbound;

import java.util.Properties;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;

import org.springframework.stereotype.Component;

/**
 * Reads a mailbox's unread messages over IMAP without marking them read (the content is
 * fetched with {@code BODY.PEEK}); a message is flagged seen only when the caller says it
 * has been taken in.
 */
@Component
class MailboxReader {

	private final InboundSettings settings;

	MailboxReader(InboundSettings settings) {
		this.settings = settings;
	}

	void eachUnread(Mailbox mailbox, String password, UnreadHandler handler) throws MessagingException {
		String protocol = mailbox.tls() ? "imaps" : "imap";
		Store store = Session.getInstance(properties(protocol)).getStore(protocol);
		store.connect(mailbox.host(), mailbox.port(), mailbox.user(), password);
		try {
			Folder folder = store.getFolder(mailbox.folder());
			folder.open(Folder.READ_WRITE);
			try {
				long validity = ((UIDFolder) folder).getUIDValidity();
				Message[] unread = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
				for (int i = 0; i < Math.min(unread.length, this.settings.maxPerPoll()); i++) {
					Message message = unread[i];
					String fallbackKey = "uid:" + validity + ":" + ((UIDFolder) folder).getUID(message);
					handler.handle(new Unread((MimeMessage) message, fallbackKey));
				}
			}
			finally {
				folder.close(false);
			}
		}
		finally {
			store.close();
		}
	}

	private Properties properties(String protocol) {
		String timeout = String.valueOf(this.settings.timeout().toMillis());
		Properties properties = new Properties();
		properties.setProperty("mail." + protocol + ".peek", "true");
		properties.setProperty("mail." + protocol + ".connectiontimeout", timeout);
		properties.setProperty("mail." + protocol + ".timeout", timeout);
		if ("imaps".equals(protocol)) {
			properties.setProperty("mail.imaps.ssl.checkserveridentity", "true");
		}
		return properties;
	}

	/** A message not yet read, and the key it has when it carries no Message-ID. */
	record Unread(MimeMessage message, String fallbackKey) {

		void markSeen() throws MessagingException {
			this.message.setFlag(Flags.Flag.SEEN, true);
		}

	}

	/** What is done with each unread message. */
	@FunctionalInterface
	interface UnreadHandler {

		void handle(Unread unread) throws MessagingException;

	}

}
