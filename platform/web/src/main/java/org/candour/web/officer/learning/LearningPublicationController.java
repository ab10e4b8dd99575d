package org.candour.web.officer.learning;

import org.candour.web.officer.FieldProblem;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.api.ApiError;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.learning.LearningPlans;
import org.candour.learning.LearningView;
import org.candour.tenancy.TenantContext;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Whether a learning record is published on the tenant's "You said, we did" page, and the
 * wording published: a manager's decision, as the senior person who reviews learning.
 * Published learning needs its wording (422, on the field); a record changed since the
 * form was read is the conflict page (409).
 */
@Controller
@EndpointRoles(EndpointRoles.MANAGER)
class LearningPublicationController {

	static final int MAX_WORDING = 4000;

	private final LearningPlans plans;

	private final LearningText text;

	LearningPublicationController(LearningPlans plans, LearningText text) {
		this.plans = plans;
		this.text = text;
	}

	@GetMapping("/t/{tenant}/learning/{id:LRN-[0-9]+}/publication")
	String form(@PathVariable String id, Model model) {
		LearningView record = LearningPages.find(this.plans, id);
		return show(record, record.publishable() ? "yes" : "no",
				record.publicWording() == null ? "" : record.publicWording(), record.version(), List.of(), model);
	}

	@PostMapping("/t/{tenant}/learning/{id:LRN-[0-9]+}/publication")
	String save(@PathVariable String id, @RequestParam(defaultValue = "") String publish,
			@RequestParam(defaultValue = "") String wording, @RequestParam long version, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		String tenant = TenantContext.require().value();
		String given = wording.strip();
		List<FieldProblem> problems = new ArrayList<>();
		if (!publish.equals("yes") && !publish.equals("no")) {
			problems.add(new FieldProblem("publish", "#publish-yes", this.text.text("learning.publication.choose")));
		}
		if (given.length() > MAX_WORDING) {
			problems.add(FieldProblem.of("wording", this.text.text("learning.publication.too-long", MAX_WORDING)));
		}
		if (problems.isEmpty()) {
			ObjectNode body = JsonNodeFactory.instance.objectNode();
			body.put("publishable", publish.equals("yes"));
			if (given.isEmpty()) {
				body.putNull("publicWording");
			}
			else {
				body.put("publicWording", given);
			}
			try {
				this.plans.change(id, body, version);
			}
			catch (Refusal ex) {
				if (ex.is(Refusal.Kind.STALE)) {
					return LearningPages.conflict(tenant, id, model, response);
				}
				if (ex.is(Refusal.Kind.NOT_FOUND)) {
					throw new ResponseStatusException(HttpStatus.NOT_FOUND);
				}
				if (ex.violations() == null || ex.violations().isEmpty()) {
					throw ex;
				}
				for (ApiError error : ex.violations()) {
					problems.add(FieldProblem.of("wording", error.message()));
				}
			}
		}
		if (!problems.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(LearningPages.find(this.plans, id), publish, wording, version, problems, model);
		}
		redirect.addFlashAttribute("success", this.text
			.text(publish.equals("yes") ? "learning.publication.published" : "learning.publication.not-published"));
		return "redirect:" + LearningPaths.record(tenant, id);
	}

	private String show(LearningView record, String publish, String wording, long version, List<FieldProblem> problems,
			Model model) {
		String tenant = TenantContext.require().value();
		model.addAttribute("record", record);
		model.addAttribute("publish", publish);
		model.addAttribute("wording", wording);
		model.addAttribute("version", version);
		model.addAttribute("errors", problems);
		model.addAttribute("fieldErrors", FieldProblem.byField(problems));
		model.addAttribute("recordUrl", LearningPaths.record(tenant, record.id()));
		model.addAttribute("publicUrl", "/t/" + tenant + "/you-said-we-did");
		model.addAttribute("formAction", LearningPaths.publication(tenant, record.id()));
		return "officer/learning/publication";
	}

}
