package org.candour.web.resident;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.candour.attachments.UploadPolicies;
import org.candour.config.DraftManagement;
import org.candour.config.DraftSet;
import org.candour.definition.model.CompiledConfiguration;
import org.candour.tenancy.TenantContext;
import org.candour.web.forms.FormPages;
import org.candour.web.forms.FormReader;
import org.candour.web.forms.LocalText;

import org.springframework.stereotype.Component;

/**
 * The forms of the current tenant's draft, for previews: any feedback type of the draft
 * with a form (public or not, retired or not), read exactly as residents' forms are read
 * from the active configuration ({@link ResidentForms}). The draft is compiled once per
 * revision (the last few kept), so that walking a preview does not validate the draft on
 * every page; any edit makes a new revision, so a preview always shows the latest draft.
 */
@Component
class DraftForms {

	private static final int KEPT = 8;

	private final DraftManagement drafts;

	private final UploadPolicies uploads;

	private final Map<DraftKey, Optional<CompiledConfiguration>> compiled = Collections
		.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<DraftKey, Optional<CompiledConfiguration>> eldest) {
				return size() > KEPT;
			}
		});

	DraftForms(DraftManagement drafts, UploadPolicies uploads) {
		this.drafts = drafts;
		this.uploads = uploads;
	}

	/**
	 * The draft form of a feedback type; empty when the draft has no such type, the type
	 * no form, or the draft cannot be compiled (its documents do not match their
	 * schemas).
	 */
	Optional<FormPages> form(String typeId, Locale locale) {
		return model().flatMap(model -> model.feedbackType(typeId)
			.flatMap(type -> model.form(type.form())
				.map(form -> model.view(new DraftPagesKey(typeId, LocalText.supported(locale)),
						unused -> new FormReader(form, locale, this.uploads).read(typeId,
								ResidentForms.title(type, locale))))));
	}

	/** The draft form of a feedback type, else 404. */
	FormPages require(String typeId, Locale locale) {
		return form(typeId, locale).orElseThrow(ResidentForms::notFound);
	}

	/**
	 * Whether the draft has a feedback type of this id but cannot be compiled, so that
	 * its form cannot be previewed until the draft's problems are fixed.
	 */
	boolean blocked(String typeId) {
		return model().isEmpty() && this.drafts.draft()
			.documents()
			.stream()
			.anyMatch(document -> "feedback-type".equals(document.kind()) && typeId.equals(document.id()));
	}

	/** The draft compiled; empty when it cannot be. */
	Optional<CompiledConfiguration> model() {
		DraftSet draft = this.drafts.draft();
		DraftKey key = new DraftKey(TenantContext.require().value(), draft.revision());
		Optional<CompiledConfiguration> model = this.compiled.get(key);
		if (model == null) {
			model = Optional.ofNullable(this.drafts.check(draft).model());
			this.compiled.put(key, model);
		}
		return model;
	}

	private record DraftKey(String tenant, long revision) {
	}

	/** A draft form's pages in one language, kept with the compiled draft. */
	private record DraftPagesKey(String feedbackType, Locale locale) {
	}

}
