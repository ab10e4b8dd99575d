package org.candour.calendar;

/**
 * A bank holidays document that is not in the shape of the GOV.UK bank holidays feed.
 */
public class InvalidBankHolidaysException extends RuntimeException {

	InvalidBankHolidaysException(String problem) {
		super("Bank holidays are not in the shape of the GOV.UK feed: " + problem);
	}

}
