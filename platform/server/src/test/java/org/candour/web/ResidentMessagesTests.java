package org.candour.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Guard rail: every fixed text of the resident pages exists in English and Welsh. */
class ResidentMessagesTests {

	@Test
	void everyMessageKeyIsInEnglishAndWelsh() throws IOException {
		Properties english = load("/messages.properties");
		Properties welsh = load("/messages_cy.properties");
		assertThat(english).isNotEmpty();
		assertThat(welsh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
	}

	@Test
	void everySignInAndErrorPageTextIsInEnglishAndWelsh() throws IOException {
		Properties english = load("/service-pages.properties");
		Properties welsh = load("/service-pages_cy.properties");
		assertThat(english).isNotEmpty();
		assertThat(welsh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = ResidentMessagesTests.class.getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		return properties;
	}

}
