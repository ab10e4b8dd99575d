package org.candour.open311;

import java.util.List;

import org.springframework.util.MultiValueMap;

/** The parameters of an Open311 request, blank values counting as absent. */
record Open311Parameters(MultiValueMap<String, String> values) {

	/** The first non-blank value, stripped; {@code null} when none. */
	String first(String name) {
		List<String> given = this.values.get(name);
		if (given == null) {
			return null;
		}
		return given.stream()
			.filter(value -> value != null && !value.isBlank())
			.map(String::strip)
			.findFirst()
			.orElse(null);
	}

	/** Every non-blank value of {@code names}, stripped, in order. */
	List<String> all(String... names) {
		return java.util.Arrays.stream(names)
			.flatMap(name -> this.values.getOrDefault(name, List.of()).stream())
			.filter(value -> value != null && !value.isBlank())
			.map(String::strip)
			.toList();
	}

}
