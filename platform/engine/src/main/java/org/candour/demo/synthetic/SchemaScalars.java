package org.candour.demo.synthetic;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Random;

import tools.jackson.databind.JsonNode;

/**
 * Strings and numbers for {@link SchemaFaker}: dates from the simulated now (earlier for
 * incidents), text by the property's name, integers within their bounds (small for
 * extensions), strings cut to {@code maxLength}.
 */
final class SchemaScalars {

	private final Random random;

	private final SyntheticText text;

	private final Instant now;

	private final String context;

	SchemaScalars(Random random, SyntheticText text, Instant now, String context) {
		this.random = random;
		this.text = text;
		this.now = now;
		this.context = context;
	}

	long integer(String name, JsonNode schema) {
		long min = schema.has("minimum") ? schema.path("minimum").asLong()
				: schema.has("exclusiveMinimum") ? schema.path("exclusiveMinimum").asLong() + 1 : 1;
		long max = schema.has("maximum") ? schema.path("maximum").asLong()
				: schema.has("exclusiveMaximum") ? schema.path("exclusiveMaximum").asLong() - 1 : Math.max(min, 1) + 9;
		if (name.toLowerCase(Locale.ROOT).contains("extension")) {
			max = Math.max(min, Math.min(max, 5));
		}
		return (max <= min) ? min : min + (long) (this.random.nextDouble() * (max - min + 1));
	}

	String string(String name, JsonNode schema) {
		LocalDate today = LocalDate.ofInstant(this.now, ZoneOffset.UTC);
		String value;
		switch (schema.path("format").asString("")) {
			case "date":
				String n = name.toLowerCase(Locale.ROOT);
				boolean earlier = n.contains("incident") || n.contains("event") || n.contains("happened");
				value = (earlier ? today.minusDays(1 + this.random.nextInt(60)) : today).toString();
				break;
			case "date-time":
				value = this.now.toString();
				break;
			case "email":
				value = this.text.email();
				break;
			default:
				value = this.text.field(name, this.context);
		}
		return fit(value, schema.path("minLength").asInt(0), schema.path("maxLength").asInt(Integer.MAX_VALUE));
	}

	private static String fit(String value, int minLength, int maxLength) {
		String fitted = value;
		while (fitted.length() < minLength) {
			fitted = fitted + " " + value;
		}
		return (fitted.length() > maxLength) ? fitted.substring(0, maxLength).strip() : fitted;
	}

}
