package org.candour.notifications;

import org.springframework.stereotype.Component;

/**
 * Which provider the current tenant's notifications go through, for pages that must say
 * what a provider needs (GOV.UK Notify sends only templates with a Notify template id).
 */
@Component
public class NotificationProviders {

	private final NotificationSettingsStore settings;

	NotificationProviders(NotificationSettingsStore settings) {
		this.settings = settings;
	}

	/** Whether the current tenant sends through GOV.UK Notify (otherwise SMTP). */
	public boolean sendsThroughNotify() {
		return NotificationSettings.NOTIFY.equals(this.settings.current().provider());
	}

}
