package org.candour.remedies;

import java.util.Optional;

import org.candour.config.ActiveConfigurations;
import org.candour.definition.model.CodeList;

import org.springframework.stereotype.Component;

/**
 * The kinds of remedy the tenant offers: the current codes of its {@code remedy-kinds}
 * code list; a code in the group {@value #FINANCIAL} is a payment.
 */
@Component
class RemedyKinds {

	static final String CODE_LIST = "remedy-kinds";

	static final String FINANCIAL = "financial";

	private final ActiveConfigurations configurations;

	RemedyKinds(ActiveConfigurations configurations) {
		this.configurations = configurations;
	}

	/** The kind, when it is a current code of the list. */
	Optional<CodeList.Code> kind(String code) {
		return this.configurations.require()
			.model()
			.codeList(CODE_LIST)
			.flatMap(list -> list.current().stream().filter(value -> value.code().equals(code)).findFirst());
	}

	static boolean financial(CodeList.Code kind) {
		return FINANCIAL.equals(kind.group());
	}

}
