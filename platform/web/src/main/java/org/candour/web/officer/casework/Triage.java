package org.candour.web.officer.casework;

import java.util.List;

import org.candour.definition.model.Transition;

/**
 * A workflow has triage when a case's state offers actions named {@code triage-…}: each
 * is one classification (complaint, service request, signpost, not a complaint…).
 */
final class Triage {

	static final String PREFIX = "triage-";

	private Triage() {
	}

	static boolean isTriage(Transition transition) {
		return transition.action().startsWith(PREFIX);
	}

	static boolean offered(List<Transition> available) {
		return available.stream().filter(Triage::isTriage).count() > 1;
	}

}
