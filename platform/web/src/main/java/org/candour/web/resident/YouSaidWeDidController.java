package org.candour.web.resident;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.candour.api.EndpointRoles;
import org.candour.learning.PublishedLearning;
import org.candour.web.forms.LocalText;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "You said, we did": what the tenant learned from complaints and what it did, in the
 * words its staff wrote for publication ({@link PublishedLearning}), newest first.
 */
@Controller
@EndpointRoles(EndpointRoles.PUBLIC)
class YouSaidWeDidController {

	private final PublishedLearning published;

	YouSaidWeDidController(PublishedLearning published) {
		this.published = published;
	}

	@GetMapping("/t/{tenant}/you-said-we-did")
	String list(Locale locale, Model model) {
		Locale language = LocalText.supported(locale);
		DateTimeFormatter month = DateTimeFormatter.ofPattern("MMMM yyyy", language);
		List<Entry> entries = this.published.list()
			.stream()
			.map(item -> new Entry(LocalText.of(item.themeLabel(), language, item.theme()), item.wording(),
					month.format(item.month()), item.actionsFinished(), item.actions()))
			.toList();
		model.addAttribute("entries", entries);
		return "resident/you-said-we-did";
	}

	/** One published item as the page shows it. */
	record Entry(String theme, String wording, String month, int actionsFinished, int actions) {

		public boolean allDone() {
			return this.actions > 0 && this.actionsFinished == this.actions;
		}

	}

}
