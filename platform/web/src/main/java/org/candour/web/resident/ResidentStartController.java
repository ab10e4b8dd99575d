package org.candour.web.resident;

import java.util.Locale;

import org.candour.api.EndpointRoles;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The resident start page: the tenant's public feedback types and what happens next. */
@Controller
@EndpointRoles(EndpointRoles.PUBLIC)
class ResidentStartController {

	private final ResidentForms forms;

	ResidentStartController(ResidentForms forms) {
		this.forms = forms;
	}

	@GetMapping("/t/{tenant}/feedback")
	String start(Model model, Locale locale) {
		model.addAttribute("types", this.forms.publicTypes(locale));
		return "resident/start";
	}

}
