package org.candour.notifications;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a notification stands. */
public enum NotificationStatus {

	/** Waiting for its first or next try. */
	PENDING,
	/** Claimed by a sender, which is trying now. */
	SENDING,
	/** Accepted by the provider. */
	SENT,
	/** Given up after the last try, or refused for good by the provider. */
	FAILED,
	/** Recorded but never sent: no address, or a channel Candour does not send yet. */
	NOT_SENT;

	@JsonValue
	public String wire() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static NotificationStatus fromWire(String value) {
		return valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
	}

}
