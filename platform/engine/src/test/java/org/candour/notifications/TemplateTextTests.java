package org.candour.notifications;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateTextTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void fillsKnownPlaceholdersAndLeavesOutTheRest() {
		String filled = TemplateText.fill("Ref {{reference}}{{ missing }}, due {{ dueDate }} {{data.x}}{{not a name}}.",
				Map.of("reference", "COMP-1", "dueDate", "2 December 2026"));
		assertThat(filled).isEqualTo("Ref COMP-1, due 2 December 2026 .");
	}

	@Test
	void valuesAreNotFilledInAgainNorReadAsPatterns() {
		assertThat(TemplateText.fill("{{summary}}", Map.of("summary", "$1 {{reference}} \\"))).isEqualTo("$1  \\");
	}

	@Test
	void picksTheLanguageThenEnglishThenAnyText() {
		JsonNode both = JSON.readTree("{\"en\": \"Hello\", \"cy\": \"Helo\"}");
		assertThat(TemplateText.in(both, "cy")).isEqualTo("Helo");
		assertThat(TemplateText.in(both, "en")).isEqualTo("Hello");
		assertThat(TemplateText.in(JSON.readTree("\"Hello\""), "cy")).isEqualTo("Hello");
		assertThat(TemplateText.in(JSON.readTree("{\"cy\": \"Helo\"}"), "en")).isEqualTo("Helo");
		assertThat(TemplateText.hasLanguage(JSON.readTree("\"Hello\""), "cy")).isFalse();
		assertThat(TemplateText.hasLanguage(both, "cy")).isTrue();
	}

	@Test
	void backoffDoublesUpToItsLimit() {
		NotificationProperties properties = new NotificationProperties(5, Duration.ofMinutes(1), Duration.ofMinutes(5),
				Duration.ofMinutes(5), Duration.ofSeconds(30), null, "https://api.notifications.service.gov.uk");
		assertThat(properties.backoffAfter(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(properties.backoffAfter(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(properties.backoffAfter(3)).isEqualTo(Duration.ofMinutes(4));
		assertThat(properties.backoffAfter(4)).isEqualTo(Duration.ofMinutes(5));
		assertThat(properties.backoffAfter(40)).isEqualTo(Duration.ofMinutes(5));
	}

}
