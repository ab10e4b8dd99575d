package org.candour.definition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.FeedbackType;
import org.candour.definition.model.Form;
import org.candour.definition.model.OrgStructure;
import org.candour.definition.model.OrgUnit;
import org.candour.definition.model.ReportDefinition;
import org.candour.definition.model.WhereCompiler;
import tools.jackson.databind.JsonNode;

/**
 * Cross-references of feedback types, forms ({@link FormChecks}), reports, org
 * structures, calendars, service standards ({@link ServiceStandardChecks}) and roles
 * ({@link RoleChecks}).
 */
final class ReferenceChecks {

	private final CompiledConfiguration configuration;

	private final List<Problem> problems = new ArrayList<>();

	ReferenceChecks(CompiledConfiguration configuration) {
		this.configuration = configuration;
	}

	List<Problem> check() {
		Set<String> units = unitIds(this.configuration);
		this.configuration.feedbackTypes().values().forEach(type -> checkFeedbackType(type, units));
		this.problems.addAll(new FormChecks(this.configuration).check());
		this.configuration.reports().values().forEach(this::checkReport);
		this.configuration.orgStructures().forEach(this::checkUniqueUnits);
		ServiceStandardChecks standards = new ServiceStandardChecks(this.configuration, this.problems);
		this.configuration.serviceStandards().values().forEach(standard -> standards.check(standard, units));
		RoleChecks roles = new RoleChecks(this.configuration, this.problems);
		this.configuration.roles().values().forEach(role -> roles.check(role, units));
		List<String> calendars = this.configuration.documents()
			.stream()
			.filter(document -> document.is(ConfigKind.CALENDAR))
			.map(ConfigDocument::key)
			.distinct()
			.toList();
		calendars.stream()
			.skip(1)
			.forEach(extra -> this.problems.add(Problem.error("calendar.multiple", extra, "",
					"A tenant has one calendar and " + calendars.get(0) + " is already it")));
		return this.problems;
	}

	/** Every org unit id the org-structure documents declare. */
	static Set<String> unitIds(CompiledConfiguration configuration) {
		Set<String> ids = new LinkedHashSet<>();
		configuration.orgStructures()
			.values()
			.forEach(structure -> structure.units().forEach(unit -> ids.add(unit.id())));
		return ids;
	}

	/** How problems name a document: {@code kind/id}. */
	static String key(ConfigKind kind, String id) {
		return kind.id() + "/" + id;
	}

	/** A reference as problems quote it: an absent one is the empty id. */
	static String text(String reference) {
		return (reference != null) ? reference : "";
	}

	private void checkFeedbackType(FeedbackType type, Set<String> units) {
		String key = key(ConfigKind.FEEDBACK_TYPE, type.id());
		require(key, "/spec/form", ConfigKind.FORM, this.configuration.forms(), type.form(), "ref.form-missing");
		require(key, "/spec/workflow", ConfigKind.WORKFLOW, this.configuration.workflows(), type.workflow(),
				"ref.workflow-missing");
		for (int i = 0; i < type.escalatesTo().size(); i++) {
			require(key, "/spec/escalatesTo/" + i, ConfigKind.FEEDBACK_TYPE, this.configuration.feedbackTypes(),
					type.escalatesTo().get(i), "ref.feedback-type-missing");
		}
		if (type.acknowledgementTemplate() != null) {
			require(key, "/spec/acknowledgementTemplate", ConfigKind.NOTIFICATION_TEMPLATE,
					this.configuration.notificationTemplates(), type.acknowledgementTemplate(), "ref.template-missing");
		}
		if (type.survey() != null) {
			checkSurvey(key, type.survey());
		}
		if (type.defaultOrgUnit() != null && !units.contains(type.defaultOrgUnit())) {
			this.problems.add(Problem.error("ref.org-unit-missing", key, "/spec/defaultOrgUnit",
					"No org unit '" + type.defaultOrgUnit() + "' in the org structure"));
		}
		webChannel(key, type);
		String summaryField = type.declaredSummaryField();
		if (summaryField != null) {
			this.configuration.form(text(type.form())).ifPresent(form -> {
				if (!form.fields().contains(summaryField)) {
					this.problems.add(Problem.error("ref.field-missing", key, "/spec/summaryField",
							"Form '" + form.id() + "' has no field " + summaryField));
				}
			});
		}
	}

	/**
	 * Residents' pages and Open311 take cases through the web: a type they offer that
	 * lists its channels must list {@code web}, or every such case would be refused.
	 */
	private void webChannel(String key, FeedbackType type) {
		if (type.channels().isEmpty() || type.channels().contains("web")) {
			return;
		}
		if (type.isPublic()) {
			this.problems.add(Problem.error("type.web-channel-missing", key, "/spec/channels",
					"Residents give this feedback type on the public pages: list the channel 'web'"));
		}
		else if (type.open311() != null) {
			this.problems.add(Problem.error("type.web-channel-missing", key, "/spec/channels",
					"This feedback type takes Open311 requests, which arrive through the web: list the channel 'web'"));
		}
	}

	private void checkSurvey(String key, FeedbackType.Survey survey) {
		require(key, "/spec/survey/form", ConfigKind.FORM, this.configuration.forms(), survey.form(),
				"ref.form-missing");
		if (survey.equalityForm() != null) {
			require(key, "/spec/survey/equalityForm", ConfigKind.FORM, this.configuration.forms(),
					survey.equalityForm(), "ref.form-missing");
		}
		if (survey.notificationTemplate() != null && require(key, "/spec/survey/notificationTemplate",
				ConfigKind.NOTIFICATION_TEMPLATE, this.configuration.notificationTemplates(),
				survey.notificationTemplate(), "ref.template-missing")) {
			this.configuration.notificationTemplate(survey.notificationTemplate())
				.filter(template -> !template.used().contains("surveyLink"))
				.ifPresent(template -> this.problems.add(Problem.warning("survey.template-without-link", key,
						"/spec/survey/notificationTemplate",
						"Template '" + template.id() + "' has no {{surveyLink}}: residents get no way to the survey")));
		}
	}

	private void checkReport(ReportDefinition report) {
		String key = key(ConfigKind.REPORT, report.id());
		List<Form> forms = new ArrayList<>();
		for (int i = 0; i < report.feedbackTypes().size(); i++) {
			String id = report.feedbackTypes().get(i);
			if (require(key, "/spec/feedbackTypes/" + i, ConfigKind.FEEDBACK_TYPE, this.configuration.feedbackTypes(),
					id, "ref.feedback-type-missing")) {
				this.configuration.feedbackType(id)
					.flatMap(type -> this.configuration.form(text(type.form())))
					.ifPresent(forms::add);
			}
		}
		if (forms.isEmpty()) {
			forms.addAll(this.configuration.forms().values());
		}
		Set<String> fields = new HashSet<>();
		forms.forEach(form -> fields.addAll(form.fields()));
		checkFields(key, "dimensions", report.dimensions(), ReportDefinition.Dimension::field, fields);
		checkFields(key, "measures", report.measures(), ReportDefinition.Measure::field, fields);
		checkFields(key, "filters", report.filters(), ReportDefinition.Filter::field, fields);
		for (int i = 0; i < report.measures().size(); i++) {
			ReportDefinition.Measure measure = report.measures().get(i);
			countable(key, "/spec/measures/" + i + "/where", measure.where());
			countable(key, "/spec/measures/" + i + "/denominatorWhere", measure.denominatorWhere());
		}
		new ReportMeasureChecks(this.configuration, this.problems).check(key, report);
		new ReportLayoutChecks(this.problems).check(key, report);
		new ReportSourceChecks(this.configuration, this.problems).check(key, report);
	}

	/** A measure's condition is one the report engine can count exactly. */
	private void countable(String key, String pointer, JsonNode where) {
		if (where == null) {
			return;
		}
		WhereCompiler.translate(where)
			.untranslatable()
			.forEach((at, why) -> this.problems.add(Problem.error("report.where-untranslatable", key, pointer + at,
					"This condition cannot be counted exactly: " + why)));
	}

	/**
	 * Each {@code data.} field a part of a report names is a field of one of its forms.
	 */
	private <T> void checkFields(String key, String part, List<T> items, Function<T, String> fieldOf,
			Set<String> fields) {
		for (int i = 0; i < items.size(); i++) {
			String field = text(fieldOf.apply(items.get(i)));
			if (field.startsWith("data.") && !fields.contains("/" + field.substring(5).replace('.', '/'))) {
				this.problems.add(Problem.error("ref.field-missing", key, "/spec/" + part + "/" + i + "/field",
						"No form of this report has a field " + field));
			}
		}
	}

	private void checkUniqueUnits(String id, OrgStructure structure) {
		Set<String> seen = new HashSet<>();
		List<String> pointers = pointers(structure.units());
		for (int i = 0; i < structure.units().size(); i++) {
			String unit = structure.units().get(i).id();
			if (!seen.add(unit)) {
				this.problems.add(Problem.error("org.unit-duplicate", key(ConfigKind.ORG_STRUCTURE, id),
						pointers.get(i) + "/id", "Org unit id '" + unit + "' is used more than once"));
			}
		}
	}

	/**
	 * Where each unit of one org-structure document is: the units come in document order,
	 * parents before children, so a unit's position among its siblings follows from the
	 * depths.
	 */
	private static List<String> pointers(List<OrgUnit> units) {
		List<String> pointers = new ArrayList<>();
		Map<Integer, String> lastAtDepth = new HashMap<>();
		Map<Integer, Integer> siblingsSoFar = new HashMap<>();
		for (OrgUnit unit : units) {
			int depth = unit.depth();
			int index = siblingsSoFar.merge(depth, 1, Integer::sum) - 1;
			siblingsSoFar.remove(depth + 1);
			String list = (depth == 0) ? "/spec/units" : lastAtDepth.get(depth - 1) + "/children";
			lastAtDepth.put(depth, list + "/" + index);
			pointers.add(list + "/" + index);
		}
		return pointers;
	}

	private boolean require(String from, String pointer, ConfigKind kind, Map<String, ?> known, String id,
			String code) {
		if (known.containsKey(text(id))) {
			return true;
		}
		this.problems.add(Problem.error(code, from, pointer, "No " + kind.id() + " with id '" + text(id) + "'"));
		return false;
	}

}
