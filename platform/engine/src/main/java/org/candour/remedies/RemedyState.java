package org.candour.remedies;

import java.util.Arrays;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a remedy is: proposed, then approved or declined; an approved payment is then
 * paid. Declined and paid are final, and so is an approved remedy that is not a payment.
 */
enum RemedyState {

	PROPOSED("proposed"), APPROVED("approved"), PAID("paid"), DECLINED("declined");

	private final String code;

	RemedyState(String code) {
		this.code = code;
	}

	@JsonValue
	String code() {
		return this.code;
	}

	@JsonCreator
	static RemedyState of(String code) {
		return Arrays.stream(values())
			.filter(state -> state.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No remedy state " + code));
	}

	boolean mayMoveTo(RemedyState next) {
		return switch (this) {
			case PROPOSED -> Set.of(APPROVED, DECLINED).contains(next);
			case APPROVED -> Set.of(PAID, DECLINED).contains(next);
			case PAID, DECLINED -> false;
		};
	}

}
