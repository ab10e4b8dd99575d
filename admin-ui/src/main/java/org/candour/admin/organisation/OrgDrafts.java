package org.candour.admin.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.admin.PageProblem;
import org.candour.api.Refusal;
import org.candour.config.DraftDocument;
import org.candour.config.DraftManagement;
import org.candour.config.DraftSet;
import org.candour.definition.ConfigDocument;
import org.candour.definition.editing.OrgEdit;
import org.candour.definition.model.OrgStructure;
import org.candour.tenancy.TenantContext;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The draft's org-structure document (the tenant has one; a first unit added creates it),
 * today by the application's clock, and saving an edit only if the document is still as
 * the page read it.
 */
@Component
class OrgDrafts {

	static final String KIND = "org-structure";

	static final String DEFAULT_ID = "organisation";

	private static final ZoneId ZONE = ZoneId.of("Europe/London");

	private final DraftManagement drafts;

	private final Clock clock;

	OrgDrafts(DraftManagement drafts, Optional<Clock> clock) {
		this.drafts = drafts;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZONE);
	}

	Written load() {
		DraftSet draft = this.drafts.draft();
		Optional<ConfigDocument> found = draft.documents()
			.stream()
			.filter(document -> document.kind().equals(KIND))
			.min(java.util.Comparator.comparing(ConfigDocument::id));
		String id = found.map(ConfigDocument::id).orElse(DEFAULT_ID);
		ObjectNode content = found.map(ConfigDocument::content).orElseGet(OrgDrafts::empty);
		return new Written(id, content, OrgStructure.read(content), draft.hashOf(KIND, id));
	}

	/**
	 * Saves the edit and answers the redirect; or the conflict page (409) or the page
	 * again with the store's refusal (422).
	 */
	String save(Written written, OrgEdit edit, String hash, String doneUrl, String reloadUrl, Model model,
			HttpServletResponse response, java.util.function.Function<List<PageProblem>, String> refusedPage) {
		try {
			this.drafts.put(new DraftDocument(KIND, written.id(), edit.document()), hash);
		}
		catch (Refusal refusal) {
			if (refusal.is(Refusal.Kind.STALE)) {
				response.setStatus(HttpStatus.CONFLICT.value());
				model.addAttribute("reloadUrl", reloadUrl);
				model.addAttribute("changedWhat", "organisation structure");
				return "admin/conflict";
			}
			response.setStatus(422);
			return refusedPage.apply(List.of(new PageProblem("name", refusal.getMessage())));
		}
		return "redirect:" + doneUrl;
	}

	static String tenant() {
		return TenantContext.require().value();
	}

	private static ObjectNode empty() {
		ObjectNode content = JsonNodeFactory.instance.objectNode();
		content.put("kind", KIND);
		content.put("id", DEFAULT_ID);
		content.put("title", "Organisation structure");
		content.putObject("spec").putArray("units");
		return content;
	}

	/**
	 * The document as written in the draft.
	 *
	 * @param id its id
	 * @param content as written
	 * @param structure its units
	 * @param hash its content hash, for the conflict check
	 */
	record Written(String id, ObjectNode content, OrgStructure structure, String hash) {
	}

}
