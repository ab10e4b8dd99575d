package org.candour.notifications;

/**
 * A provider did not accept a notification. A permanent failure (a malformed address, a
 * template the provider does not know, a refused key) is not worth trying again.
 */
class DeliveryFailure extends Exception {

	private final boolean permanent;

	DeliveryFailure(String message, boolean permanent, Throwable cause) {
		super(message, cause);
		this.permanent = permanent;
	}

	boolean permanent() {
		return this.permanent;
	}

}
