package org.candour.demo.synthetic;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.candour.config.ConfigVersion;
import org.candour.definition.ConfigKind;
import org.candour.definition.model.CalendarDefinition;
import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.FeedbackType;
import org.candour.definition.model.Form;
import org.candour.definition.model.OrgUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The feedback types synthetic cases are made of, from one configuration version: those
 * whose form exists, public complaint types weighted highest; types that are only reached
 * by escalation are left to the escalations. Also picks channels and org units.
 */
final class SyntheticTypes {

	private static final Set<String> CHANNELS = Set.of("web", "email", "phone", "letter", "in-person", "social-media",
			"contact-centre");

	private static final List<String> DEFAULT_CHANNELS = List.of("web", "email", "phone", "letter");

	private final List<Candidate> candidates = new ArrayList<>();

	private final List<OrgUnit> orgUnits = new ArrayList<>();

	private final ZoneId zone;

	private int total;

	SyntheticTypes(ConfigVersion version) {
		CompiledConfiguration model = version.model();
		Set<String> escalationTargets = new java.util.HashSet<>();
		model.feedbackTypes().values().forEach(type -> escalationTargets.addAll(type.escalatesTo()));
		for (FeedbackType type : model.feedbackTypes().values()) {
			Optional<Form> form = model.form(type.form());
			boolean isPublic = type.isPublic();
			boolean complaint = "complaint".equals(type.category());
			int weight = isPublic ? (complaint ? 6 : 3) : (escalationTargets.contains(type.id()) ? 0 : 1);
			if (form.isPresent() && weight > 0) {
				this.candidates.add(new Candidate(type,
						model.document(ConfigKind.FEEDBACK_TYPE, type.id()).orElseThrow().content().toString(),
						form.get(), weight));
				this.total += weight;
			}
		}
		model.orgStructure()
			.units()
			.stream()
			.filter(unit -> "team".equals(unit.type()) || "service".equals(unit.type()))
			.forEach(this.orgUnits::add);
		this.zone = model.calendar()
			.map(CalendarDefinition::zone)
			.filter(java.util.Objects::nonNull)
			.orElse(ZoneId.of("Europe/London"));
	}

	boolean isEmpty() {
		return this.candidates.isEmpty();
	}

	Candidate pick(Random random) {
		int ticket = random.nextInt(this.total);
		for (Candidate candidate : this.candidates) {
			ticket -= candidate.weight();
			if (ticket < 0) {
				return candidate;
			}
		}
		return this.candidates.get(this.candidates.size() - 1);
	}

	String channel(Candidate candidate, Random random) {
		List<String> channels = new ArrayList<>();
		candidate.type().channels().stream().filter(CHANNELS::contains).forEach(channels::add);
		List<String> from = channels.isEmpty() ? DEFAULT_CHANNELS : channels;
		return from.get(random.nextInt(from.size()));
	}

	/**
	 * A team or service that exists when the case is logged, when the type has no default
	 * org unit.
	 */
	Optional<String> orgUnit(Candidate candidate, Random random, Instant loggedAt) {
		LocalDate day = LocalDate.ofInstant(loggedAt, this.zone);
		List<OrgUnit> open = this.orgUnits.stream().filter(unit -> unit.activeOn(day)).toList();
		if (candidate.type().defaultOrgUnit() != null || open.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(open.get(random.nextInt(open.size())).id());
	}

	/** A feedback type with its form and how often it is picked. */
	record Candidate(FeedbackType type, String typeDocument, Form form, int weight) {

		String category() {
			return (this.type.category() != null) ? this.type.category() : "complaint";
		}

		/** The words of the type and its form's schema, for choosing fitting topics. */
		String vocabulary() {
			return this.typeDocument + " " + this.form.schema();
		}

		/**
		 * The form's schema without the optional fields its layout does not show (those
		 * are filled by actions, such as an escalation reason) and without file questions
		 * (synthetic cases have no files).
		 */
		JsonNode schema() {
			ObjectNode schema = (ObjectNode) this.form.schema().deepCopy();
			String layout = this.form.uiSchema().toString();
			if (!this.form.uiSchema().isMissingNode() && schema.path("properties").isObject()) {
				Set<String> required = new java.util.HashSet<>();
				schema.path("required").forEach(name -> required.add(name.asString()));
				Set<String> files = new java.util.HashSet<>();
				fileQuestions(this.form.uiSchema(), files);
				((ObjectNode) schema.path("properties")).propertyNames()
					.stream()
					.filter(name -> files.contains(name)
							|| !required.contains(name) && !layout.contains("\"#/properties/" + name + "\""))
					.toList()
					.forEach(((ObjectNode) schema.path("properties"))::remove);
			}
			return schema;
		}

		private static void fileQuestions(JsonNode element, Set<String> names) {
			if ("file".equals(element.path("options").path("widget").asString(""))) {
				names.add(element.path("scope").asString("").replace("#/properties/", ""));
			}
			element.path("elements").forEach(child -> fileQuestions(child, names));
		}

	}

}
