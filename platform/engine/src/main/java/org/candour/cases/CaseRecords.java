package org.candour.cases;

import java.util.Optional;
import java.util.Set;

import org.candour.api.Actors;
import org.candour.api.EndpointRoles;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Service;

/**
 * What an officer reads about one case: the case (only within an investigator's org
 * units), the configuration it is pinned to, its contact details (only for the roles that
 * work cases) and the integrity of its history.
 */
@Service
public class CaseRecords {

	/**
	 * The roles that may see a case's people part: those who work cases. Auditors and
	 * tenant administrators read cases without the complainant's contact details.
	 */
	public static final Set<String> PEOPLE_ROLES = Set.of(EndpointRoles.OFFICER, EndpointRoles.MANAGER,
			EndpointRoles.INVESTIGATOR);

	private final CaseActions actions;

	private final CaseConfigurations configurations;

	private final People people;

	private final Actors actors;

	private final CaseHistory history;

	private final org.springframework.context.ApplicationEventPublisher events;

	CaseRecords(CaseActions actions, CaseConfigurations configurations, People people, Actors actors,
			CaseHistory history, org.springframework.context.ApplicationEventPublisher events) {
		this.actions = actions;
		this.configurations = configurations;
		this.people = people;
		this.actors = actors;
		this.history = history;
		this.events = events;
	}

	/**
	 * The case with this reference.
	 * @throws org.candour.api.Refusal 404 when there is none, or it is outside the
	 * caller's org units
	 */
	public FeedbackCase load(String reference) {
		FeedbackCase loaded = this.actions.load(reference);
		this.events.publishEvent(new CaseRead(loaded.caseReference(), loaded.current().feedbackType()));
		return loaded;
	}

	/** The feedback type, form, workflow and calendar the case is pinned to. */
	public CaseConfiguration configuration(FeedbackCase feedbackCase) {
		return this.configurations.pinned(feedbackCase.configVersion(), feedbackCase.current().feedbackType());
	}

	/**
	 * The feedback type, form, workflow and calendar of the cases of a feedback type
	 * pinned to a configuration version.
	 */
	public CaseConfiguration configuration(int configVersion, String feedbackType) {
		return this.configurations.pinned(configVersion, feedbackType);
	}

	/** Whether the caller may see contact details. */
	public boolean maySeePeople() {
		return this.actors.current().hasAnyRole(PEOPLE_ROLES);
	}

	/**
	 * The complainant's contact details, when the caller may see them and the case has
	 * any.
	 */
	public Optional<ObjectNode> contact(FeedbackCase feedbackCase) {
		return maySeePeople() ? this.people.of(feedbackCase.id(), feedbackCase.peopleHash()) : Optional.empty();
	}

	/**
	 * Checks a case's history chain, the case, its people part, signed head and files
	 * (against the hash recorded with each stored file, without reading its content
	 * again).
	 */
	public CaseHistory.Verification verify(FeedbackCase feedbackCase) {
		return this.history.verify(feedbackCase, false);
	}

	/** Checks everything, each file's content hashed again. */
	public CaseHistory.Verification verify(String reference) {
		return this.history.verify(load(reference), true);
	}

}
