package org.candour.web;

import java.util.List;

import org.candour.web.ResidentJourney.Answer;
import org.candour.web.ResidentJourney.Spec;

/**
 * The main journey of each demo tenant: what a resident answers on its main feedback
 * type's form (including the question an earlier answer reveals, and a file), the
 * required question first left empty, and the answer changed from check your answers.
 */
final class DemoJourneys {

	private DemoJourneys() {
	}

	static final Spec COUNTY = new Spec("demo-county", "Complaint",
			List.of(Answer.choice("How would you like us to contact you?", "Email"),
					Answer.select("Which service is your complaint about?", "Buses, concessionary travel and parking"),
					Answer.text("Summary of your complaint", "Bus stop timetable missing for months"),
					Answer.text("What happened?",
							"The timetable at the Station Road stop has been missing since June."),
					Answer.choice("Have you already asked the service to put this right?", "Yes"),
					Answer.revealed("When did you tell us, and what reference were you given?",
							"Phoned on 3 September, reference T-4411"),
					Answer.file("Documents or photos", "pothole.png"), Answer.text("Full name", "Robin Resident"),
					Answer.text("Email address", "robin@example.com")),
			"Summary of your complaint", "Enter", Answer.text("Summary of your complaint", ""), "summary",
			"Bus stop timetable missing since June");

	static final Spec UNITARY = new Spec("demo-unitary", "Report a problem or make a complaint",
			List.of(Answer.choice("How should we contact you?", "Email"),
					Answer.select("Which council service is it about?", "Adult social care"),
					Answer.text("Summary", "Carer visits cut short"),
					Answer.text("Tell us what happened",
							"The carer has left after ten minutes on most days this month."),
					Answer.choice("Have you already asked us to put this right?", "Yes"),
					Answer.revealed("When did you tell us, and what reference were you given?",
							"Emailed on 2 November"),
					Answer.file("Documents or photos", "pothole.png"), Answer.text("Full name", "Jo Resident"),
					Answer.text("Email address", "jo@example.com")),
			"Summary", "Enter", Answer.text("Summary", ""), "summary", "Carer visits cut short every day");

	static final Spec OMBUDSMAN = new Spec("demo-ombudsman", "Service complaint - ongoing case",
			List.of(Answer.text("Your case reference with us", "PSO-202600123"),
					Answer.choice("What went wrong with our service?", "Delay in allocating the case to a caseworker"),
					Answer.text("Summary of your complaint", "No caseworker after four months"),
					Answer.text("Tell us what happened", "I sent my complaint in July and nobody has been assigned."),
					Answer.choice("Have you already asked us to put this right?", "Yes"),
					Answer.revealed("When did you tell us, and what reference were you given?", "Phoned on 1 October"),
					Answer.file("Documents or photos", "pothole.png"), Answer.text("Full name", "Sam Resident"),
					Answer.text("Email address", "sam@example.com")),
			"Summary of your complaint", "Enter", Answer.text("Summary of your complaint", ""), "summary",
			"Still no caseworker after four months");

	static final Spec DEPARTMENT = new Spec("demo-department", "Complaint (early resolution)",
			List.of(Answer.choice("Which service is your complaint about?", "Grants and payments"),
					Answer.text("Summary of your complaint", "Grant payment three months late"),
					Answer.text("What happened?", "My approved grant has not been paid since August."),
					Answer.choice("Have you already asked us to put this right?", "Yes"),
					Answer.revealed("When did you tell us, and what reference were you given?",
							"Web chat on 9 October"),
					Answer.file("Documents or photos", "pothole.png"), Answer.text("Full name", "Alex Resident"),
					Answer.text("Email address", "alex@example.com")),
			"Summary of your complaint", "Enter", Answer.text("Summary of your complaint", ""), "summary",
			"Grant payment four months late");

}
