package org.candour.admin.reports;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.candour.admin.AdminPaths;
import org.candour.admin.Texts;
import org.candour.config.ActiveConfigurations;
import org.candour.config.DraftSet;
import org.candour.definition.CheckedConfiguration;
import org.candour.definition.ConfigDocument;
import org.candour.definition.editing.ReportDetails;
import org.candour.definition.editing.ReportEditor;
import org.candour.definition.editing.ReportSchedule;

/** The reports of the draft as the list shows them. */
final class ReportRows {

	private ReportRows() {
	}

	static List<Row> of(DraftSet draft, CheckedConfiguration checked, ActiveConfigurations configurations,
			String tenant) {
		return ReportDrafts.reports(draft).stream().map(document -> {
			ReportDetails details = ReportEditor.details(document.content());
			return new Row(Texts.english(document.title(), document.id()), AdminPaths.report(tenant, document.id()),
					document.content().path("spec").path("source").asString("cases"),
					(details.periodType() == null) ? "All time"
							: ReportChoices.words(ReportChoices.PERIODS, details.periodType()),
					ReportSchedule.of(details.schedule()).words(),
					String.join("; ", ReportUses.of(checked, document.id(), details.schedule())),
					state(configurations, checked, document));
		}).toList();
	}

	/** Published as in the draft, changed since published, or not published yet. */
	static String state(ActiveConfigurations configurations, CheckedConfiguration checked, ConfigDocument document) {
		Optional<ConfigDocument> live = configurations.current()
			.flatMap(version -> version.find(ReportDrafts.KIND, document.id()));
		if (live.isEmpty()) {
			return "Not published yet";
		}
		ConfigDocument canonical = checked.documents()
			.stream()
			.filter(each -> each.key().equals(document.key()))
			.findFirst()
			.orElse(document);
		return Objects.equals(live.get().content(), canonical.content()) ? "Published"
				: "Changed since it was published";
	}

	static List<Choice> typeChoices(DraftSet draft) {
		return draft.documents()
			.stream()
			.filter(document -> document.kind().equals("feedback-type"))
			.map(document -> new Choice(document.id(), Texts.english(document.title(), document.id())))
			.toList();
	}

	/** A report as the list shows it. */
	record Row(String title, String href, String source, String period, String schedule, String uses, String state) {
	}

}
