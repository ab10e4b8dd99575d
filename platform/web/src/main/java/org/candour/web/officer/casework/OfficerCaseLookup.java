package org.candour.web.officer.casework;

import java.util.Locale;
import java.util.Optional;

import org.candour.api.Refusal;
import org.candour.cases.CaseConfiguration;
import org.candour.cases.CaseRecords;
import org.candour.cases.FeedbackCase;
import org.candour.tenancy.TenantContext;
import org.candour.web.officer.OrgUnits;

import org.springframework.stereotype.Component;

/**
 * Opens a case for a page: only a case the signed-in officer may see (an investigator's
 * org units apply to direct addresses too), with its pinned configuration and forms.
 */
@Component
class OfficerCaseLookup {

	private final CaseRecords records;

	private final CaseForms forms;

	OfficerCaseLookup(CaseRecords records, CaseForms forms) {
		this.records = records;
		this.forms = forms;
	}

	Optional<OpenCase> open(String reference, Locale locale) {
		FeedbackCase found;
		try {
			found = this.records.load(reference);
		}
		catch (Refusal ex) {
			return Optional.empty();
		}
		return Optional.of(open(found, locale));
	}

	OpenCase open(FeedbackCase found, Locale locale) {
		CaseConfiguration configuration = this.records.configuration(found);
		return new OpenCase(TenantContext.require().value(), found, configuration,
				this.forms.caseForm(configuration, locale), OrgUnits.of(configuration.orgStructure()), locale);
	}

}
