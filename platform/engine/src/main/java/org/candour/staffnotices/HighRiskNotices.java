package org.candour.staffnotices;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.candour.config.ActiveConfigurations;
import org.candour.config.ConfigVersion;
import org.candour.definition.model.CodeList;
import org.candour.notifications.StaffMessages;
import org.candour.notifications.StaffRecipient;
import org.candour.risk.CaseFlaggedHighRisk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the named risk managers of a case (the {@code riskManagers} of the org units the
 * case is about and allocated to, and of every unit above them, in the tenant's published
 * org structure) when its risk assessment records high-risk flags: one message per
 * manager and set of flags (trigger {@code high-risk-<flags>}), so adding a flag later
 * tells them again and a repeat of the same assessment does not. A case with no named
 * risk manager is logged.
 */
@Component
class HighRiskNotices {

	static final String TEMPLATE = "staff-high-risk-case";

	private static final Logger log = LoggerFactory.getLogger(HighRiskNotices.class);

	private final ActiveConfigurations configurations;

	private final StaffMessages messages;

	private final NoticeCases cases;

	HighRiskNotices(ActiveConfigurations configurations, StaffMessages messages, NoticeCases cases) {
		this.configurations = configurations;
		this.messages = messages;
		this.cases = cases;
	}

	@EventListener
	void on(CaseFlaggedHighRisk flagged) {
		try {
			Optional<ConfigVersion> version = this.configurations.current();
			if (version.isEmpty() || this.cases.synthetic(flagged.reference())) {
				return;
			}
			List<String> managers = version.get().model().orgStructure().riskManagersOf(flagged.units());
			if (managers.isEmpty()) {
				log.warn("Case {} is flagged high risk ({}) but no risk manager is named for its units {}",
						flagged.reference(), flagged.flags(), flagged.units());
				return;
			}
			Map<String, String> values = new LinkedHashMap<>();
			values.put("reference", flagged.reference());
			values.put("caseLink", this.messages.pageLink("/cases/" + flagged.reference()));
			values.put("riskFlags", labels(version.get(), flagged.flags()));
			String trigger = "high-risk-" + String.join("+", flagged.flags());
			managers.forEach(manager -> this.messages.send(flagged.reference(), TEMPLATE, trigger,
					StaffRecipient.member(manager), values));
		}
		catch (RuntimeException ex) {
			log.error("High-risk notices of case {} could not be queued", flagged.reference(), ex);
		}
	}

	private static String labels(ConfigVersion version, List<String> flags) {
		Optional<CodeList> list = version.model().codeList("high-risk-flags");
		return String.join(", ", flags.stream()
			.map(flag -> list.flatMap(l -> l.code(flag))
				.map(code -> code.label().isString() ? code.label().asString() : code.label().path("en").asString(flag))
				.orElse(flag))
			.toList());
	}

}
