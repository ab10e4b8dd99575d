package org.candour.web.officer.casework;

import java.util.List;
import java.util.Locale;

import org.candour.cases.FeedbackCase;
import org.candour.notifications.NotificationView;
import org.candour.notifications.Notifications;

import org.springframework.stereotype.Component;

/**
 * The case screen's notifications panel: what was (or will be) sent, to whom, and how it
 * went.
 */
@Component
class NotificationsPanel implements CasePanelSource {

	private final Notifications notifications;

	NotificationsPanel(Notifications notifications) {
		this.notifications = notifications;
	}

	@Override
	public String panel() {
		return NOTIFICATIONS;
	}

	@Override
	public List<Item> items(FeedbackCase feedbackCase) {
		return this.notifications.ofCase(feedbackCase).stream().map(NotificationsPanel::item).toList();
	}

	private static Item item(NotificationView notification) {
		String title = notification.subject() != null ? notification.subject() : notification.template();
		StringBuilder detail = new StringBuilder();
		detail.append(notification.channel())
			.append(" to ")
			.append(notification.to() == null ? notification.recipient() : notification.to());
		detail.append(" – ").append(NotificationStatusWords.of(notification));
		return new Item(title, detail.toString(),
				notification.sentAt() != null ? notification.sentAt() : notification.createdAt(), null);
	}

}
