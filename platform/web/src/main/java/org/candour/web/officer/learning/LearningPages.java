package org.candour.web.officer.learning;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.learning.LearningPlans;
import org.candour.learning.LearningView;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/** What the learning pages share: who edits, finding a record, the conflict page. */
final class LearningPages {

	/** The roles that record learning and change it. */
	static final List<String> EDITORS = List.of(EndpointRoles.OFFICER, EndpointRoles.MANAGER,
			EndpointRoles.INVESTIGATOR);

	private LearningPages() {
	}

	/** The record, or the not-found page. */
	static LearningView find(LearningPlans plans, String id) {
		try {
			return plans.one(id);
		}
		catch (Refusal ex) {
			if (ex.is(Refusal.Kind.NOT_FOUND)) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			throw ex;
		}
	}

	/** Someone else changed the record after the page was shown: nothing was written. */
	static String conflict(String tenant, String id, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("recordId", id);
		model.addAttribute("recordUrl", LearningPaths.record(tenant, id));
		return "officer/learning/conflict";
	}

}
