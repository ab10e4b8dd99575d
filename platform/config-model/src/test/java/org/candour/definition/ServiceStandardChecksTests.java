package org.candour.definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.candour.definition.model.Compiler;
import org.candour.definition.model.Duration;
import org.candour.definition.model.ServiceStandard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Service standards compile to typed records (durations in words expanded), and are
 * refused at validation when they name what does not exist (feedback types, org units,
 * states, clocks), carry a member their measure ignores, count in hours or calendar
 * months or set a percentage target above 100.
 */
class ServiceStandardChecksTests {

	private static final Schemas SCHEMAS = new Schemas();

	private static final ConfigSetValidator VALIDATOR = new ConfigSetValidator(SCHEMAS);

	private static final List<String> KINDS = List.of("feedback-type", "form", "workflow", "org-structure", "calendar",
			"notification-template", "report");

	private final Map<String, ObjectNode> documents = new LinkedHashMap<>();

	@BeforeEach
	void loadConsistentSetWithTheSampleStandard() {
		KINDS.forEach(kind -> this.documents.put(kind, JsonResources.read("sets/consistent/" + kind + ".json")));
		this.documents.put("service-standard", JsonResources.read("samples/service-standard.valid.json"));
	}

	@Test
	void compilesTheSampleWithItsDurationInWordsAsWorkingDays() {
		Compiler.Compilation compilation = new Compiler(SCHEMAS).compile(set());

		assertThat(compilation.report().errors()).isEmpty();
		ServiceStandard standard = compilation.configuration().serviceStandards().get("closed-within-20-working-days");
		assertThat(standard.measure()).isEqualTo(ServiceStandard.Measure.WITHIN);
		assertThat(standard.from()).isEqualTo(new ServiceStandard.Event("allocated", null));
		assertThat(standard.to()).containsExactly(new ServiceStandard.Event("closed", null));
		assertThat(standard.limit()).isEqualTo(new Duration(20, Duration.Unit.WORKING_DAYS));
		assertThat(standard.period()).isEqualTo(new ServiceStandard.Period("rolling-days", 90));
		assertThat(standard.target()).isEqualTo(new ServiceStandard.Target(75, true));
		assertThat(standard.byTeam()).isTrue();
		assertThat(standard.feedbackTypes()).containsExactly("complaint-stage-1");
		assertThat(standard.orgUnits()).containsExactly("adults");
		assertThat(standard.exceptStates()).containsExactly("awaiting-info");
	}

	@Test
	void readsClockEventsAndAnAtMostTarget() {
		spec().put("from", "clocks.respond.started");
		spec().put("to", "clocks.respond.stopped");
		spec().putObject("target").put("atMost", 10);

		ServiceStandard standard = new Compiler(SCHEMAS).compile(set())
			.configuration()
			.serviceStandards()
			.get("closed-within-20-working-days");

		assertThat(standard.from()).isEqualTo(new ServiceStandard.Event("started", "respond"));
		assertThat(standard.to()).extracting(ServiceStandard.Event::written).containsExactly("clocks.respond.stopped");
		assertThat(standard.target().metBy(10)).isTrue();
		assertThat(standard.target().metBy(10.5)).isFalse();
	}

	@Test
	void endsAtTheEarliestOfSeveralEventsAndRefusesAnUnknownState() {
		spec().putArray("to").add("closed").add("entered.responded").add("entered.passed-on");

		assertThat(codesAndPointers()).containsExactly(tuple("service-standard.state-unknown", "/spec/to/2"));
		spec().withArray("to").remove(2);
		ServiceStandard standard = new Compiler(SCHEMAS).compile(set())
			.configuration()
			.serviceStandards()
			.get("closed-within-20-working-days");
		assertThat(standard.to()).containsExactly(new ServiceStandard.Event("closed", null),
				new ServiceStandard.Event("entered", "responded"));
		assertThat(standard.to().get(1).state()).isEqualTo("responded");
		assertThat(standard.readsHistory()).isTrue();
	}

	@Test
	void refusesUnknownFeedbackTypesOrgUnitsStatesAndClocks() {
		spec().putArray("feedbackTypes").add("complaint-stage-1").add("compliment");
		spec().putArray("orgUnits").add("adults").add("highways");
		spec().putArray("exceptStates").add("withdrawn");
		spec().put("from", "clocks.reply.started");
		spec().put("to", "clocks.respond.stopped");

		assertThat(problems()).containsExactly(
				tuple("ref.feedback-type-missing", "service-standard/closed-within-20-working-days",
						"/spec/feedbackTypes/1"),
				tuple("ref.org-unit-missing", "service-standard/closed-within-20-working-days", "/spec/orgUnits/1"),
				tuple("service-standard.state-unknown", "service-standard/closed-within-20-working-days",
						"/spec/exceptStates/0"),
				tuple("service-standard.clock-missing", "service-standard/closed-within-20-working-days",
						"/spec/from"));
	}

	@Test
	void refusesAClockMeasureOnAClockNoWorkflowHas() {
		spec().put("measure", "clock");
		spec().remove(List.of("from", "to", "within"));
		spec().put("clock", "reply");

		assertThat(codesAndPointers()).containsExactly(tuple("service-standard.clock-missing", "/spec/clock"));
	}

	@Test
	void refusesAClockMarkedNotReportable() {
		spec().put("measure", "clock");
		spec().remove(List.of("from", "to", "within"));
		spec().put("clock", "respond");
		ObjectNode respond = (ObjectNode) this.documents.get("workflow").at("/spec/clocks/1");
		assertThat(respond.path("id").asString()).isEqualTo("respond");
		assertThat(codesAndPointers()).isEmpty();

		respond.put("reportable", false);

		assertThat(codesAndPointers()).as("the sample report counts it too")
			.containsExactlyInAnyOrder(tuple("service-standard.clock-not-reportable", "/spec/clock"),
					tuple("report.clock-not-reportable", "/spec/measures/3/field"));
	}

	@Test
	void refusesMembersTheMeasureWouldIgnore() {
		spec().put("measure", "caseload");
		spec().putObject("target").put("atLeast", 20);

		assertThat(codesAndPointers()).containsExactly(tuple("service-standard.member-unused", "/spec/from"),
				tuple("service-standard.member-unused", "/spec/to"),
				tuple("service-standard.member-unused", "/spec/within"),
				tuple("service-standard.member-unused", "/spec/period"));
	}

	@Test
	void refusesHoursAndAPercentageTargetAbove100() {
		spec().put("within", "48 hours");
		spec().putObject("target").put("atLeast", 175);

		assertThat(codesAndPointers()).containsExactly(tuple("service-standard.duration-in-hours", "/spec/within"),
				tuple("service-standard.target-not-a-percentage", "/spec/target/atLeast"));
	}

	@Test
	void refusesCalendarMonths() {
		spec().put("within", "1 calendar month");

		assertThat(codesAndPointers()).containsExactly(tuple("service-standard.duration-in-months", "/spec/within"));
	}

	@Test
	void acceptsAnAgeStandardWithACountTargetAbove100() {
		spec().put("measure", "age");
		spec().remove(List.of("to", "within", "period"));
		spec().put("from", "received");
		spec().put("olderThan", "56 calendar days");
		spec().putObject("target").put("atMost", 150);

		Compiler.Compilation compilation = new Compiler(SCHEMAS).compile(set());

		assertThat(compilation.report().errors()).isEmpty();
		assertThat(compilation.configuration().serviceStandards().get("closed-within-20-working-days").limit())
			.isEqualTo(new Duration(56, Duration.Unit.CALENDAR_DAYS));
	}

	private ObjectNode spec() {
		return (ObjectNode) this.documents.get("service-standard").get("spec");
	}

	private List<org.assertj.core.groups.Tuple> problems() {
		return VALIDATOR.validate(set())
			.errors()
			.stream()
			.map(problem -> tuple(problem.code(), problem.document(), problem.pointer()))
			.toList();
	}

	private List<org.assertj.core.groups.Tuple> codesAndPointers() {
		return VALIDATOR.validate(set())
			.errors()
			.stream()
			.map(problem -> tuple(problem.code(), problem.pointer()))
			.toList();
	}

	private List<ConfigDocument> set() {
		List<ConfigDocument> set = new ArrayList<>();
		this.documents.values().forEach(content -> set.add(ConfigDocument.of(content)));
		return set;
	}

}
