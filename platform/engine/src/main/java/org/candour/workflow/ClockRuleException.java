package org.candour.workflow;

/**
 * A clock operation the clock's definition does not allow; nothing has changed. The code
 * is stable, for problem documents and messages.
 */
public class ClockRuleException extends RuntimeException {

	static final String NOT_RUNNING = "clock.not-running";

	static final String EXTENSION_NOT_ALLOWED = "clock.extension-not-allowed";

	static final String EXTENSION_EXCEEDS_MAXIMUM = "clock.extension-exceeds-maximum";

	static final String EXTENSION_REASON_REQUIRED = "clock.extension-reason-required";

	static final String EXTENSION_AMOUNT_INVALID = "clock.extension-amount-invalid";

	private final String code;

	ClockRuleException(String code, String message) {
		super(message);
		this.code = code;
	}

	/**
	 * {@code clock.not-running}, {@code clock.extension-not-allowed},
	 * {@code clock.extension-exceeds-maximum}, {@code clock.extension-reason-required} or
	 * {@code clock.extension-amount-invalid}.
	 */
	public String code() {
		return this.code;
	}

}
