package org.candour.demo.synthetic;

import java.util.List;
import java.util.Map;

/**
 * What demo learning says, by theme of the base pack's {@code learning-themes}: what was
 * learned, what the public is told ("you said, we did") and the actions taken.
 */
final class LearningTexts {

	/**
	 * @param statement what was learned
	 * @param publicWording the public wording
	 * @param actions descriptions of actions, at least three
	 */
	record Theme(String statement, String publicWording, List<String> actions) {
	}

	static final Map<String, Theme> BY_THEME = Map.of("communication", new Theme(
			"Residents were not told when a visit was rearranged, so they waited in for nobody.",
			"You told us you waited in for visits that had been moved without telling you. We now text you whenever a visit changes.",
			List.of("Send a text message whenever an appointment is moved",
					"Brief the scheduling team on telling residents about changes",
					"Add a check of contact preferences to the booking script")),
			"delay",
			new Theme("Complaints waited for allocation while the team's inbox was not monitored during leave.",
					"You told us your complaint waited weeks before anyone looked at it. Every inbox now has a named cover during leave.",
					List.of("Name cover for the shared inbox during planned leave",
							"Add a daily check of unallocated cases to the team huddle",
							"Report cases waiting over five days to the service manager weekly")),
			"policy-or-procedure",
			new Theme("The procedure did not say who decides when a repair is urgent, so decisions varied.",
					"You told us urgent repairs were treated differently from one call to the next. We have written down who decides and how.",
					List.of("Rewrite the urgency section of the repairs procedure",
							"Train call handlers on the revised urgency criteria",
							"Audit twenty urgency decisions after three months")),
			"staff-conduct",
			new Theme(
					"A resident was spoken to dismissively at reception; the officer had not had customer care training.",
					"You told us you were not treated with respect at reception. All reception staff have now had customer care training.",
					List.of("Arrange customer care training for reception staff",
							"Add respectful communication to one-to-one discussions",
							"Ask the complainant to help shape the training scenario")),
			"quality-of-service",
			new Theme("Missed bin collections were logged but not rescheduled, so the same streets were missed again.",
					"You told us your bins were missed week after week. Missed collections are now rescheduled within two working days.",
					List.of("Reschedule missed collections within two working days",
							"Review crew routes for the streets missed most often",
							"Measure repeat misses monthly for six months")),
			"record-keeping",
			new Theme("Repeat reports of the same defect were not linked, so the history of the problem was lost.",
					"You told us you had to explain the problem again every time you called. We now link repeat reports to the first one.",
					List.of("Link repeat reports of the same defect to the first report",
							"Add a search for earlier reports to the logging screen",
							"Check a sample of new reports for links each month")),
			"accessibility",
			new Theme("The online form could not be completed with a screen reader, so a resident had to ask for help.",
					"You told us our online form did not work with your screen reader. We have fixed the form and tested it with users.",
					List.of("Fix the form's labels and error messages for screen readers",
							"Test the form with residents who use assistive technology",
							"Offer a telephone route on the start page")));

	private LearningTexts() {
	}

}
