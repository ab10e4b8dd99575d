package org.candour.web.officer.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.candour.api.Actors;
import org.candour.cases.CaseActions;
import org.candour.cases.CaseDataEdits;
import org.candour.cases.CaseHistory;
import org.candour.cases.CaseDisposal;
import org.candour.cases.CaseNotes;
import org.candour.cases.CaseRecords;
import org.candour.cases.CaseState;
import org.candour.cases.FeedbackCase;
import org.candour.cases.HistoryEntry;
import org.candour.definition.model.Transition;
import org.candour.web.forms.FieldKinds;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Puts the case screen together for the signed-in officer. */
@Component
class CaseScreens {

	private final CaseRecords records;

	private final CaseActions actions;

	private final CaseValues values;

	private final ClockViews clocks;

	private final Timeline timeline;

	private final Actors actors;

	private final MessageSource messages;

	private final List<CasePanelSource> panelSources;

	CaseScreens(CaseRecords records, CaseActions actions, CaseValues values, ClockViews clocks, Timeline timeline,
			Actors actors, MessageSource messages, List<CasePanelSource> panelSources) {
		this.records = records;
		this.actions = actions;
		this.values = values;
		this.clocks = clocks;
		this.timeline = timeline;
		this.actors = actors;
		this.messages = messages;
		this.panelSources = panelSources;
	}

	CaseScreen of(OpenCase open) {
		FeedbackCase found = open.feedbackCase();
		CaseState state = found.current();
		Actors.Actor actor = this.actors.current();
		List<Transition> available = this.actions.available(found);
		List<Transition> classifications = TriageChoices.of(open, available);
		boolean triage = TriageChoices.offered(classifications);
		List<CaseScreen.ActionButton> buttons = new ArrayList<>();
		for (Transition transition : available) {
			if (!(triage && classifications.contains(transition))) {
				buttons.add(button(open, transition));
			}
		}
		CaseHistory.Verification verified = this.records.verify(found);
		List<TimelineItem> notes = new ArrayList<>();
		List<HistoryEntry> history = found.history();
		for (int i = history.size() - 1; i >= 0; i--) {
			if (CaseNotes.ACTION.equals(history.get(i).action())) {
				notes.add(this.timeline.item(open, history.get(i)));
			}
		}
		return new CaseScreen(found.reference(), found.version(), open.form().form().title(),
				open.stateLabel(state.state()), open.stateDescription(state.state()), !state.open(), summary(open),
				this.clocks.of(open), buttons, triage ? open.screenUrl() + "/triage" : null,
				this.values.sections(open, actor.hasAnyRole(CaseDataEdits.ROLES)),
				this.values.recorded(open, actor.hasAnyRole(CaseDataEdits.ROLES)), this.values.outcome(open),
				this.records.contact(found).map(contact -> this.values.contact(open, contact)).orElse(null),
				this.timeline.of(open),
				new CaseScreen.Verification(verified.valid(), verified.entries(), verified.firstBroken(),
						verified.problem()),
				state.links()
					.stream()
					.map(link -> new CaseScreen.LinkView(
							this.messages.getMessage("casework.link." + link.relation(), null,
									FieldKinds.humanise(link.relation()), java.util.Locale.ENGLISH),
							link.reference(),
							org.candour.web.officer.OfficerPaths.caseScreen(open.tenant(), link.reference())))
					.toList(),
				notes, panels(open), actor.hasAnyRole(CaseNotes.ROLES), actor.hasAnyRole(CaseLinkForm.ROLES),
				actor.hasAnyRole(CaseFileController.ADDING), risk(open),
				legalHold(open, actor.hasAnyRole(LegalHoldController.ROLES)),
				actor.hasAnyRole(RedactionController.ROLES));
	}

	private static CaseScreen.LegalHoldView legalHold(OpenCase open, boolean mayChange) {
		tools.jackson.databind.JsonNode hold = open.feedbackCase().current().meta().path(CaseDisposal.HOLD);
		String at = hold.path("at").asString(null);
		return new CaseScreen.LegalHoldView(hold.path("held").asBoolean(false), at == null ? null
				: CaseTime.when(java.time.Instant.parse(at), open.zone()) + " by " + hold.path("by").asString(""),
				mayChange);
	}

	/** What {@code meta.risk} says, or null when the case has no risk assessment. */
	private static CaseScreen.RiskNotice risk(OpenCase open) {
		tools.jackson.databind.JsonNode risk = open.feedbackCase().current().meta().path("risk");
		if (!risk.isObject()) {
			return null;
		}
		List<String> flags = new ArrayList<>();
		risk.path("flags").forEach(flag -> flags.add(open.codeLabel("high-risk-flags", flag.asString())));
		List<String> changed = new ArrayList<>();
		risk.path("changedFields").forEach(field -> changed.add(field.asString()));
		String category = risk.path("category").asString(null);
		String at = risk.path("assessedAt").asString(null);
		return new CaseScreen.RiskNotice(flags.isEmpty() ? null : String.join(", ", flags),
				category == null ? null : open.codeLabel("risk-categories", category),
				at == null ? null
						: CaseTime.when(java.time.Instant.parse(at), open.zone()) + " by "
								+ risk.path("assessedBy").asString(""),
				risk.path("reassess").asBoolean(false), String.join(", ", changed));
	}

	private CaseScreen.ActionButton button(OpenCase open, Transition transition) {
		boolean asksNothing = transition.inputs() == null || transition.inputs().path("properties").isEmpty();
		String url = open.screenUrl() + "/actions/" + transition.action();
		return new CaseScreen.ActionButton(transition.action(), CaseForms.label(transition, open.locale()), url,
				asksNothing && transition.confirm() == null, transition.confirm() != null
						|| "closed".equals(open.configuration().workflow().state(transition.to()).category()));
	}

	private List<CaseScreen.Row> summary(OpenCase open) {
		FeedbackCase found = open.feedbackCase();
		CaseState state = found.current();
		List<CaseScreen.Row> rows = new ArrayList<>();
		rows.add(row("reference", found.reference()));
		rows.add(row("type", open.form().form().title()));
		rows.add(row("state", open.stateLabel(state.state())));
		rows.add(row("summary", state.summary()));
		String received = CaseTime.when(found.receivedAt(), open.zone()) + " " + text("casework.summary.by-channel",
				open.codeLabel("channels", found.channel()).toLowerCase(Locale.ROOT));
		rows.add(row("received", received));
		if (found.backdatedReason() != null) {
			rows.add(row("backdated", found.backdatedReason()));
		}
		rows.add(row("org-unit", open.orgUnits().name(state.orgUnit())));
		rows.add(row("team", open.orgUnits().name(state.team())));
		rows.add(row("officer", state.officer() == null || state.officer().isEmpty() ? null : state.officer()));
		if (state.closureReason() != null) {
			rows.add(row("closure", open.codeLabel("closure-reasons", state.closureReason())));
		}
		return rows;
	}

	private CaseScreen.Row row(String key, String value) {
		return new CaseScreen.Row("summary-" + key, text("casework.summary." + key),
				value == null || value.isBlank() ? text("casework.summary.none") : value);
	}

	private List<CasePanel> panels(OpenCase open) {
		List<CasePanel> panels = new ArrayList<>();
		for (String id : List.of(CasePanelSource.ATTACHMENTS, CasePanelSource.NOTIFICATIONS,
				CasePanelSource.REMEDIES)) {
			List<CasePanelSource> sources = this.panelSources.stream()
				.filter(source -> id.equals(source.panel()))
				.toList();
			List<CasePanel.Line> lines = new ArrayList<>();
			sources.forEach(source -> source.items(open.feedbackCase())
				.forEach(item -> lines.add(new CasePanel.Line(item.title(), item.detail(),
						item.at() == null ? null : CaseTime.when(item.at(), open.zone()),
						item.at() == null ? null : item.at().toString(), item.url()))));
			panels.add(new CasePanel(id, text("casework.panel." + id), !sources.isEmpty(), lines));
		}
		return panels;
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, java.util.Locale.ENGLISH);
	}

}
