package org.candour.remedies;

import java.util.List;
import java.util.Optional;

import org.candour.config.ActiveConfigurations;
import org.candour.definition.model.CodeList;

import tools.jackson.databind.JsonNode;

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

	/** The current codes of the list, in its order; none without the list. */
	List<CodeList.Code> current() {
		return this.configurations.require().model().codeList(CODE_LIST).map(CodeList::current).orElse(List.of());
	}

	/**
	 * The kind's English label in the active list (retired codes too); the code itself
	 * when the list does not have it.
	 */
	String label(String code) {
		JsonNode label = this.configurations.require()
			.model()
			.codeList(CODE_LIST)
			.flatMap(list -> list.code(code))
			.map(CodeList.Code::label)
			.orElse(null);
		if (label != null && label.isString()) {
			return label.asString();
		}
		return (label != null && label.path("en").isString()) ? label.path("en").asString() : code;
	}

	static boolean financial(CodeList.Code kind) {
		return FINANCIAL.equals(kind.group());
	}

}
