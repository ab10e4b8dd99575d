package org.candour.admin.forms;

import org.candour.api.EndpointRoles;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A feedback type's form, page by page and question by question, with what can be done to
 * each question (auditors see it without actions).
 */
@Controller
@RequestMapping("/t/{tenant}/admin/feedback-types/{id}/form")
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN })
class FormController {

	private final TypeForms forms;

	FormController(TypeForms forms) {
		this.forms = forms;
	}

	@GetMapping
	String form(@PathVariable String id, Model model) {
		TypeForms.TypeForm form = this.forms.load(id);
		model.addAttribute("title", form.typeTitle());
		model.addAttribute("typeUrl", form.typeUrl());
		model.addAttribute("formUrl", form.url());
		if (form.form() != null) {
			model.addAttribute("view", FormSummary.of(form.view()));
			model.addAttribute("hash", form.hash());
		}
		return "admin/forms/form";
	}

}
