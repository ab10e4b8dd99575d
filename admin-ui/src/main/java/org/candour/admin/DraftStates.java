package org.candour.admin;

import java.util.List;

import org.candour.config.ActiveConfigurations;
import org.candour.config.ConfigVersion;
import org.candour.config.DocumentDiff;
import org.candour.config.DraftManagement;
import org.candour.config.DraftSet;
import org.candour.definition.CheckedConfiguration;
import org.candour.definition.ConfigDocument;

import org.springframework.stereotype.Component;

/**
 * Reads the current tenant's draft state: the draft, checked as publishing would check
 * it, compared in canonical form with the live version (so a draft written in the lean
 * format differs only where its meaning does).
 */
@Component
public class DraftStates {

	private final DraftManagement drafts;

	private final ActiveConfigurations configurations;

	DraftStates(DraftManagement drafts, ActiveConfigurations configurations) {
		this.drafts = drafts;
		this.configurations = configurations;
	}

	public DraftState current() {
		DraftSet draft = this.drafts.draft();
		CheckedConfiguration checked = this.drafts.check(draft);
		List<ConfigDocument> live = this.configurations.current().map(ConfigVersion::documents).orElse(List.of());
		int number = this.configurations.current().map(ConfigVersion::number).orElse(0);
		return new DraftState(draft, number, live, checked.documents(), DocumentDiff.between(live, checked.documents()),
				checked.report().errors(), checked.report().warnings());
	}

}
