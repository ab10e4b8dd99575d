package org.candour.admin.templates;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.admin.Texts;
import org.candour.api.Refusal;
import org.candour.config.DraftSet;
import org.candour.definition.CheckedConfiguration;
import org.candour.definition.ConfigDocument;
import org.candour.definition.Problem;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/** What the template pages share: the template of the address, Welsh, refusals. */
final class TemplatePages {

	static final String KIND = "notification-template";

	private TemplatePages() {
	}

	static ConfigDocument document(DraftSet draft, String id) {
		return draft.find(KIND, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	static String title(ConfigDocument document) {
		return Texts.english(document.title(), document.id());
	}

	/** The problems checking the draft finds in one template. */
	static List<Problem> problemsOf(CheckedConfiguration checked, String id, boolean errors) {
		String key = KIND + "/" + id;
		return (errors ? checked.report().errors() : checked.report().warnings()).stream()
			.filter(problem -> key.equals(problem.document()))
			.toList();
	}

	static String conflict(Refusal refusal, String reloadUrl, Model model, HttpServletResponse response) {
		if (!refusal.is(Refusal.Kind.STALE)) {
			throw refusal;
		}
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("reloadUrl", reloadUrl);
		model.addAttribute("changedWhat", "template");
		return "admin/conflict";
	}

	static String invalid(HttpServletResponse response, String view) {
		response.setStatus(422);
		return view;
	}

}
