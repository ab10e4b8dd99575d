package org.candour.staffnotices;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.candour.calendar.TenantCalendars;
import org.candour.learning.ActionOwner;
import org.candour.learning.ActionRow;
import org.candour.learning.LearningAction;
import org.candour.learning.LearningPlans;
import org.candour.learning.LearningRecordChanged;
import org.candour.learning.Listing;
import org.candour.notifications.StaffMessages;
import org.candour.notifications.StaffRecipient;
import org.candour.tenancy.ActiveTenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells the owners of learning actions what they need to know, each at most once: that an
 * action is theirs (after the record is recorded or changed; trigger
 * {@code assigned-<kind>-<owner>}, not to whoever made the change), a reminder
 * {@code candour.staff-notices.action-reminder-working-days} working days before it is
 * due ({@code reminder-<due date>}), and that it is overdue ({@code overdue-<due date>}).
 * Overdue is derived, never stored (today by the application clock in the tenant's
 * calendar zone, as the learning register derives it); a scheduled sweep looks at every
 * unfinished action of every tenant, so the notice goes out once the day after the due
 * date passes whatever the request traffic. A changed due date is a new reminder and a
 * new overdue notice; done and verified actions are left alone. The actions of a record
 * whose cases are all synthetic demo cases are demo data: nobody is told about them.
 */
@Component
class ActionNotices {

	static final String ASSIGNED = "staff-action-assigned";

	static final String REMINDER = "staff-action-reminder";

	static final String OVERDUE = "staff-action-overdue";

	private static final Logger log = LoggerFactory.getLogger(ActionNotices.class);

	private final LearningPlans learning;

	private final StaffMessages messages;

	private final TenantCalendars calendars;

	private final ActiveTenants tenants;

	private final StaffNoticeSettings settings;

	private final NoticeCases cases;

	ActionNotices(LearningPlans learning, StaffMessages messages, TenantCalendars calendars, ActiveTenants tenants,
			StaffNoticeSettings settings, NoticeCases cases) {
		this.cases = cases;
		this.learning = learning;
		this.messages = messages;
		this.calendars = calendars;
		this.tenants = tenants;
		this.settings = settings;
	}

	@EventListener
	void on(LearningRecordChanged changed) {
		try {
			Listing<ActionRow> actions = this.learning.actions(null);
			Map<String, Boolean> demo = new HashMap<>();
			for (ActionRow row : actions.items()) {
				if (row.learning().equals(changed.learning()) && !demoData(row, demo)) {
					LearningAction action = row.action().action();
					ActionOwner owner = action.owner();
					if (!action.state().finished() && owner != null && !owner.id().equals(changed.by())) {
						send(row, ASSIGNED, "assigned-" + owner.kind() + "-" + owner.id());
					}
					remind(row, actions.today());
				}
			}
		}
		catch (RuntimeException ex) {
			log.error("Notices of learning record {} could not be queued", changed.learning(), ex);
		}
	}

	@Scheduled(fixedDelayString = "${candour.staff-notices.action-sweep-interval:PT15M}",
			initialDelayString = "${candour.staff-notices.action-sweep-interval:PT15M}")
	void sweepAllTenants() {
		this.tenants.each("Learning action notices", this::sweep);
	}

	/**
	 * Looks at every unfinished action of the current tenant; returns how many were
	 * queued.
	 */
	int sweep() {
		Listing<ActionRow> actions = this.learning.actions(null);
		Map<String, Boolean> demo = new HashMap<>();
		int queued = 0;
		for (ActionRow row : actions.items()) {
			if (!demoData(row, demo)) {
				queued += remind(row, actions.today());
			}
		}
		return queued;
	}

	/**
	 * Whether the action's record came from synthetic demo cases only (a record without
	 * cases found is not).
	 * @param known what is known already, by case reference
	 */
	private boolean demoData(ActionRow row, Map<String, Boolean> known) {
		boolean any = false;
		for (String reference : row.cases()) {
			Boolean synthetic = known.computeIfAbsent(reference, this.cases::synthetic);
			if (!synthetic) {
				return false;
			}
			any = true;
		}
		return any;
	}

	private int remind(ActionRow row, LocalDate today) {
		LearningAction action = row.action().action();
		if (action.state().finished() || action.dueDate() == null || action.owner() == null) {
			return 0;
		}
		if (row.action().overdue()) {
			return send(row, OVERDUE, "overdue-" + action.dueDate());
		}
		LocalDate remindFrom = today;
		if (!this.calendars.current()
			.addWorkingDays(remindFrom, this.settings.actionReminderWorkingDays())
			.isBefore(action.dueDate())) {
			return send(row, REMINDER, "reminder-" + action.dueDate());
		}
		return 0;
	}

	private int send(ActionRow row, String template, String trigger) {
		LearningAction action = row.action().action();
		Map<String, String> values = new LinkedHashMap<>();
		values.put("learning", row.learning());
		values.put("action", action.id());
		values.put("actionDescription", action.description());
		values.put("actionDueDate", Dates.spoken(action.dueDate()));
		values.put("actionLink", this.messages.pageLink("/learning/" + row.learning() + "#action-" + action.id()));
		if (!row.cases().isEmpty()) {
			values.put("reference", row.cases().get(0));
			values.put("caseLink", this.messages.pageLink("/cases/" + row.cases().get(0)));
		}
		ActionOwner owner = action.owner();
		StaffRecipient recipient = owner.team() ? StaffRecipient.team(owner.id()) : StaffRecipient.member(owner.id());
		return this.messages.send(row.learning(), template, trigger + ":" + action.id(), recipient, values);
	}

}
