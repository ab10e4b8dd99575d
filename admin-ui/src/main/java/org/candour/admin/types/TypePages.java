package org.candour.admin.types;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.admin.DraftState;
import org.candour.admin.Texts;
import org.candour.api.Refusal;
import org.candour.definition.ConfigDocument;
import org.candour.definition.model.FeedbackType;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/** What the feedback type pages share: the type of the address, choices, refusals. */
final class TypePages {

	static final Map<String, String> CATEGORY_LABELS = Map.of("complaint", "Complaint", "compliment", "Compliment",
			"comment", "Comment", "service-request", "Service request", "subject-access-request",
			"Subject access request", "foi-request", "Freedom of information request", "ombudsman-enquiry",
			"Ombudsman enquiry", "other", "Other");

	private TypePages() {
	}

	static ConfigDocument document(DraftState state, String id) {
		return state.find("feedback-type", id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	static FeedbackType type(DraftState state, String id) {
		return FeedbackType.read(document(state, id));
	}

	static String title(ConfigDocument document) {
		return Texts.english(document.title(), document.id());
	}

	static List<Choice> categories() {
		return TypeForm.CATEGORIES.stream().map(value -> new Choice(value, CATEGORY_LABELS.get(value))).toList();
	}

	/** The draft's documents of a kind, labelled by title, as choices. */
	static List<Choice> documents(DraftState state, String kind) {
		return state.ofKind(kind)
			.stream()
			.map(document -> new Choice(document.id(), title(document) + " (" + document.id() + ")"))
			.toList();
	}

	static void choices(Model model, DraftState state) {
		model.addAttribute("categories", categories());
		model.addAttribute("audiences",
				List.of(new Choice("public", "Residents and staff: offered on the public pages"),
						new Choice("staff", "Staff only: logged by officers")));
		model.addAttribute("retentionFroms", List.of(new Choice("closure", "The day the case closed"),
				new Choice("last-activity", "The last change to the closed case (a note, an ombudsman referral…)")));
		model.addAttribute("disposals",
				List.of(new Choice("anonymise",
						"Anonymise: remove the person, files, notifications and free text; keep what reports count"),
						new Choice("delete", "Delete the case: it no longer counts in reports")));
		model.addAttribute("templates", documents(state, "notification-template"));
		model.addAttribute("forms", documents(state, "form"));
		model.addAttribute("workflows", documents(state, "workflow"));
	}

	/**
	 * The conflict page: someone else changed the document since the page was loaded;
	 * nothing was written.
	 */
	static String conflict(Refusal refusal, String reloadUrl, Model model, HttpServletResponse response) {
		if (!refusal.is(Refusal.Kind.STALE)) {
			throw refusal;
		}
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("reloadUrl", reloadUrl);
		return "admin/conflict";
	}

	static boolean isConflict(Refusal refusal) {
		return refusal.is(Refusal.Kind.STALE);
	}

	static String description(ConfigDocument document) {
		return Texts.english(document.content().get("description"), "");
	}

}
