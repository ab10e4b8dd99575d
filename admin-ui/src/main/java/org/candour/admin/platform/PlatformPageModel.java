package org.candour.admin.platform;

import org.candour.api.Actors;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the platform layout needs on every page: who is signed in. */
@ControllerAdvice(basePackageClasses = PlatformPageModel.class)
class PlatformPageModel {

	private final Actors actors;

	PlatformPageModel(Actors actors) {
		this.actors = actors;
	}

	@ModelAttribute
	void layout(Model model) {
		model.addAttribute("signedIn", this.actors.current().name());
	}

}
