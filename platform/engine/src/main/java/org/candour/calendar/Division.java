package org.candour.calendar;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A UK bank-holiday division, named as in the GOV.UK bank holidays feed.
 */
public enum Division {

	ENGLAND_AND_WALES("england-and-wales"), SCOTLAND("scotland"), NORTHERN_IRELAND("northern-ireland");

	private final String id;

	Division(String id) {
		this.id = id;
	}

	/** The division's key in the feed, e.g. {@code england-and-wales}. */
	public String id() {
		return this.id;
	}

	/**
	 * The division with the given feed key.
	 * @throws IllegalArgumentException when no division has that key
	 */
	public static Division fromId(String id) {
		return Arrays.stream(values())
			.filter(division -> division.id.equals(id))
			.findFirst()
			.orElseThrow(
					() -> new IllegalArgumentException("Unknown bank-holiday division '" + id + "'; expected one of "
							+ Arrays.stream(values()).map(Division::id).collect(Collectors.joining(", "))));
	}

}
