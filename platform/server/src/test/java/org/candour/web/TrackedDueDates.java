package org.candour.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.candour.cases.CaseLookup;
import org.candour.cases.CaseReference;
import org.candour.cases.FeedbackCase;
import org.candour.cases.ResidentTracking;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;

/**
 * What a tracking page says a case is due by: the due dates of its running public clocks,
 * written as the page writes them ("9 December 2026").
 */
final class TrackedDueDates {

	private TrackedDueDates() {
	}

	static List<String> of(ResidentTracking tracking, CaseLookup lookup, CurrentTenant tenant, String reference) {
		return TenantContext.callAs(tenant, () -> {
			FeedbackCase found = lookup.find(new CaseReference(reference)).orElseThrow();
			return tracking.find(found.id(), new CaseReference(reference))
				.orElseThrow()
				.clocks()
				.stream()
				.filter(ResidentTracking.TrackedClock::running)
				.map(clock -> DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(clock.dueDate()))
				.toList();
		});
	}

}
