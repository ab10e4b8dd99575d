package org.candour.admin;

import org.candour.config.DraftSet;
import org.candour.definition.model.Branding;

/**
 * Whether the tenant offers Welsh, as its draft's branding says (the first branding
 * document by id, as the public pages read it once published): pages then show Welsh text
 * beside English.
 */
public final class Welsh {

	private Welsh() {
	}

	public static boolean offeredBy(DraftSet draft) {
		return draft.documents()
			.stream()
			.filter(document -> document.kind().equals("branding"))
			.findFirst()
			.map(document -> Branding.read(document).welsh())
			.orElse(false);
	}

}
