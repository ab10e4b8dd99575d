package org.candour.open311;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Posting always needs a working key; reading requests and updates needs one only when
 * {@code candour.open311.reads-need-key} is set.
 */
class Open311AccessTests {

	private static final String KEY = "o311_known";

	@Test
	void readsAreOpenByDefaultButPostsNeedAKey() {
		Open311Access access = new Open311Access(new OneClient(), new Open311Settings(false));

		access.reader(parameters(null));
		assertThatThrownBy(() -> access.poster(parameters(null))).isInstanceOf(Open311Failure.class)
			.hasMessageStartingWith("api_key");
		assertThat(access.poster(parameters(KEY)).name()).isEqualTo("FixMyStreet");
	}

	@Test
	void readsNeedAKeyWhenTheSettingSaysSo() {
		Open311Access access = new Open311Access(new OneClient(), new Open311Settings(true));

		assertThatThrownBy(() -> access.reader(parameters("o311_other"))).isInstanceOf(Open311Failure.class)
			.hasMessageStartingWith("api_key");
		access.reader(parameters(KEY));
	}

	private static Open311Parameters parameters(String key) {
		LinkedMultiValueMap<String, String> values = new LinkedMultiValueMap<>();
		if (key != null) {
			values.add("api_key", key);
		}
		return new Open311Parameters(values);
	}

	/** A tenant with one client, whose key is {@value #KEY} (no database needed). */
	private static final class OneClient extends Open311Clients {

		OneClient() {
			super(null, Optional.empty());
		}

		@Override
		Optional<Open311Client> withKey(String key) {
			return KEY.equals(key)
					? Optional.of(new Open311Client("1", "FixMyStreet", Instant.EPOCH, "admin", null, null))
					: Optional.empty();
		}

	}

}
