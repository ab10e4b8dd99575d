package org.candour.workflow;

import org.candour.definition.model.Extension;

/** What a clock's definition allows an extension to be. */
final class ExtensionRules {

	private final Extension extension;

	ExtensionRules(Extension extension) {
		this.extension = extension;
	}

	void check(CaseClock clock, int amount, String reason) {
		if (clock.stopped()) {
			refuse(ClockRuleException.NOT_RUNNING, "Clock '%s' has stopped".formatted(clock.id()));
		}
		if (this.extension == null) {
			refuse(ClockRuleException.EXTENSION_NOT_ALLOWED, "Clock '%s' cannot be extended".formatted(clock.id()));
		}
		if (amount < 1) {
			refuse(ClockRuleException.EXTENSION_AMOUNT_INVALID,
					"An extension must be at least 1, not %d".formatted(amount));
		}
		if (clock.extendedBy() + amount > this.extension.maxAmount()) {
			refuse(ClockRuleException.EXTENSION_EXCEEDS_MAXIMUM,
					"Clock '%s' may be extended by at most %d in all; it has been extended by %d already"
						.formatted(clock.id(), this.extension.maxAmount(), clock.extendedBy()));
		}
		if (this.extension.reasonRequired() && (reason == null || reason.isBlank())) {
			refuse(ClockRuleException.EXTENSION_REASON_REQUIRED,
					"Give a reason for extending clock '%s'".formatted(clock.id()));
		}
	}

	private static void refuse(String code, String message) {
		throw new ClockRuleException(code, message);
	}

}
