package org.candour.journeys;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code candour.resident.saved-answers-expiry} (expired answers are removed every
 * {@code candour.resident.saved-answers-sweep-interval}, 15 minutes by default).
 *
 * @param savedAnswersExpiry how long a resident's answers are kept after their last saved
 * page; keep it no longer than {@code candour.attachments.pending-expiry}, which is how
 * long their files wait
 */
@ConfigurationProperties("candour.resident")
public record SavedAnswersSettings(@DefaultValue("2h") Duration savedAnswersExpiry) {

	public SavedAnswersSettings {
		if (savedAnswersExpiry.isNegative() || savedAnswersExpiry.isZero()) {
			throw new IllegalArgumentException("candour.resident.saved-answers-expiry must be positive");
		}
	}

}
