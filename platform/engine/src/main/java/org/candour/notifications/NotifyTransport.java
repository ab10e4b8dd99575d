package org.candour.notifications;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;
import uk.gov.service.notify.SendEmailResponse;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Email through GOV.UK Notify: Notify's own template (the Candour template's
 * {@code notifyTemplateId}) filled with the placeholder values. The API key is read from
 * the environment variable the tenant's settings name, never stored.
 */
@Component
class NotifyTransport implements MailTransport {

	private static final int TOO_MANY_REQUESTS = 429;

	private final Environment environment;

	private final NotificationProperties properties;

	private final Map<String, NotificationClient> clients = new ConcurrentHashMap<>();

	NotifyTransport(Environment environment, NotificationProperties properties) {
		this.environment = environment;
		this.properties = properties;
	}

	@Override
	public String name() {
		return NotificationSettings.NOTIFY;
	}

	@Override
	public Optional<String> unavailable(NotificationSettings settings) {
		if (settings.notifyApiKeyReference() == null) {
			return Optional.of("no GOV.UK Notify API key is named in the tenant's notification settings");
		}
		return apiKey(settings).isPresent() ? Optional.empty()
				: Optional.of("the GOV.UK Notify API key variable " + settings.notifyApiKeyReference() + " is not set");
	}

	@Override
	public String send(Notification notification, NotificationSettings settings) throws DeliveryFailure {
		if (notification.notifyTemplateId() == null) {
			throw new DeliveryFailure("Template '" + notification.template() + "' has no notifyTemplateId", true, null);
		}
		String key = apiKey(settings).orElseThrow(() -> new DeliveryFailure("No GOV.UK Notify API key", false, null));
		try {
			SendEmailResponse response = client(key).sendEmail(notification.notifyTemplateId(), notification.to(),
					notification.personalisation(), notification.reference());
			return response.getNotificationId().toString();
		}
		catch (NotificationClientException ex) {
			int status = ex.getHttpResult();
			boolean permanent = status >= 400 && status < 500 && status != TOO_MANY_REQUESTS;
			throw new DeliveryFailure("GOV.UK Notify answered " + status + ": " + ex.getMessage(), permanent, ex);
		}
		catch (RuntimeException ex) {
			throw new DeliveryFailure("GOV.UK Notify could not be reached: " + ex.getMessage(), false, ex);
		}
	}

	private Optional<String> apiKey(NotificationSettings settings) {
		String key = this.environment.getProperty(settings.notifyApiKeyReference());
		return StringUtils.hasText(key) ? Optional.of(key.trim()) : Optional.empty();
	}

	private NotificationClient client(String apiKey) {
		String baseUrl = this.properties.notifyBaseUrl();
		return this.clients.computeIfAbsent(baseUrl + " " + apiKey, any -> new NotificationClient(apiKey, baseUrl));
	}

}
