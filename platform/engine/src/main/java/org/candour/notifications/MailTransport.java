package org.candour.notifications;

import java.util.Optional;

/**
 * The port through which notifications leave Candour; one implementation per provider a
 * tenant can choose.
 */
interface MailTransport {

	/** The provider's name in a tenant's settings. */
	String name();

	/**
	 * Why this provider cannot send for a tenant with these settings (no mail server, no
	 * API key); empty when it can.
	 */
	Optional<String> unavailable(NotificationSettings settings);

	/**
	 * Sends one notification.
	 * @return the provider's id of the message
	 * @throws DeliveryFailure when the provider did not accept it
	 */
	String send(Notification notification, NotificationSettings settings) throws DeliveryFailure;

}
