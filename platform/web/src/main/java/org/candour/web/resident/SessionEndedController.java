package org.candour.web.resident;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.candour.api.EndpointRoles;
import org.candour.journeys.SavedAnswersSettings;
import org.candour.web.sessions.EndedPages;
import org.candour.web.sessions.SessionTimeouts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page a visitor of a tenant's pages sees once their session has ended. A resident in
 * the middle of giving feedback learns that the answers they saved page by page are kept
 * ({@link SavedJourneys}), and may continue where they were or delete them; anyone else
 * on a resident page is led back to the start; staff learn that they were signed out and
 * may sign in again to the page they were on.
 */
@Controller
@EndpointRoles(EndpointRoles.PUBLIC)
class SessionEndedController {

	private static final Pattern JOURNEY = Pattern.compile("^/t/[^/]+/feedback/([^/?]+)/.*$");

	private static final Pattern RESIDENT_PAGE = Pattern.compile("^/t/[^/]+/(feedback|track)([/?].*)?$");

	private final SessionTimeouts timeouts;

	private final SavedJourneys journeys;

	private final SavedAnswersSettings saved;

	SessionEndedController(SessionTimeouts timeouts, SavedJourneys journeys, SavedAnswersSettings saved) {
		this.timeouts = timeouts;
		this.journeys = journeys;
		this.saved = saved;
	}

	@GetMapping("/t/{tenant}/session-ended")
	String ended(@PathVariable String tenant, @RequestParam(required = false) String from, HttpServletRequest request,
			Model model) {
		Optional<String> back = EndedPages.back("/t/" + tenant, from);
		Matcher journey = JOURNEY.matcher(back.orElse(""));
		boolean resident = back.isEmpty() || RESIDENT_PAGE.matcher(back.get()).matches();
		model.addAttribute("staff", !resident);
		model.addAttribute("minutes", minutes(resident ? this.timeouts.anonymous() : this.timeouts.signedIn()));
		model.addAttribute("backUrl", back.orElse(resident ? "/t/" + tenant + "/feedback" : "/t/" + tenant + "/work"));
		boolean kept = journey.matches() && this.journeys.holds(request, journey.group(1));
		model.addAttribute("answersKept", kept);
		model.addAttribute("keptForMinutes", minutes(this.saved.savedAnswersExpiry()));
		return "resident/session-ended";
	}

	@PostMapping("/t/{tenant}/saved-answers/delete")
	String delete(@PathVariable String tenant, HttpServletRequest request, HttpServletResponse response) {
		this.journeys.forgetAll(request, response, tenant);
		return "redirect:/t/" + tenant + "/saved-answers/deleted";
	}

	@GetMapping("/t/{tenant}/saved-answers/deleted")
	String deleted() {
		return "resident/answers-deleted";
	}

	private static long minutes(Duration duration) {
		return Math.max(1, duration.toMinutes());
	}

}
