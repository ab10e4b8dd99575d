package org.candour.inbound;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InboundSettingsTests {

	@Test
	void anOperatorsListOfMailServersIsTheOnlyOneTenantsMayName() {
		InboundSettings listed = settings(List.of("imap.council.example", " outlook.office365.com"));

		assertThat(listed.allows("IMAP.council.example")).isTrue();
		assertThat(listed.allows("outlook.office365.com")).isTrue();
		assertThat(listed.allows("10.0.0.7")).isFalse();
	}

	@Test
	void withoutAListAnyMailServerMayBeNamed() {
		assertThat(settings(List.of()).allows("10.0.0.7")).isTrue();
	}

	private static InboundSettings settings(List<String> hosts) {
		return new InboundSettings(Duration.ofMinutes(1), true, 100, Duration.ofSeconds(30), hosts);
	}

}
