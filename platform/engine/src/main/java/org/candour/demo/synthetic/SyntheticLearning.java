package org.candour.demo.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.candour.api.Refusal;
import org.candour.cases.FeedbackCase;
import org.candour.learning.LearningPlans;
import org.candour.learning.LearningView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Learning records with action plans for a demo tenant's upheld closed cases, so the
 * learning register, the actions due and the "you said, we did" list are not empty. The
 * actions go through the plans in turn, so every state is there: planned (some still to
 * start, some overdue), in progress (some overdue), done and verified — dated around
 * today by the application clock, so overdue is real. Recorded and moved on through
 * {@link LearningPlans}, exactly as the API would.
 */
final class SyntheticLearning {

	private static final Logger log = LoggerFactory.getLogger(SyntheticLearning.class);

	static final int MOST_RECORDS = 15;

	private static final List<String> INVOLVEMENT = List.of("assist-a-review", "training", "visit", "share-their-story",
			"monitor", "none");

	/**
	 * Where an action ends up, and when it is due relative to today; in the order the
	 * actions take them, so a tenant with few records still has overdue and planned ones.
	 */
	enum Plan {

		IN_PROGRESS_OVERDUE, PLANNED, DONE, VERIFIED, IN_PROGRESS, PLANNED_OVERDUE;

		List<String> moves() {
			return switch (this) {
				case VERIFIED -> List.of("in-progress", "done", "verified");
				case DONE -> List.of("in-progress", "done");
				case IN_PROGRESS, IN_PROGRESS_OVERDUE -> List.of("in-progress");
				case PLANNED, PLANNED_OVERDUE -> List.of();
			};
		}

	}

	private final LearningPlans learning;

	private final Random random;

	private final String tenant;

	private int next;

	SyntheticLearning(LearningPlans learning, Random random, String tenant) {
		this.learning = learning;
		this.random = random;
		this.tenant = tenant;
	}

	/**
	 * Records learning from up to {@value #MOST_RECORDS} of the cases (now and then two
	 * cases in one record); returns how many records were made.
	 */
	int generate(List<FeedbackCase> upheld, List<String> themes) {
		List<String> known = themes.stream().filter(LearningTexts.BY_THEME::containsKey).toList();
		if (known.isEmpty() || upheld.isEmpty()) {
			return 0;
		}
		LocalDate today = this.learning.actions(null).today();
		int made = 0;
		for (int i = 0; i < upheld.size() && made < MOST_RECORDS; i++) {
			List<FeedbackCase> cases = new ArrayList<>(List.of(upheld.get(i)));
			if (i + 1 < upheld.size() && this.random.nextInt(5) == 0) {
				cases.add(upheld.get(++i));
			}
			String theme = known.get(this.random.nextInt(known.size()));
			try {
				record(cases, theme, today);
				made++;
			}
			catch (Refusal ex) {
				log.debug("Demo learning for {} refused: {}", cases.get(0).reference(), ex.violations());
			}
		}
		return made;
	}

	private void record(List<FeedbackCase> cases, String theme, LocalDate today) {
		LearningTexts.Theme text = LearningTexts.BY_THEME.get(theme);
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.put("statement", text.statement());
		body.put("theme", theme);
		cases.forEach(c -> body.withArray("cases").add(c.reference()));
		if (this.random.nextInt(3) > 0) {
			body.put("publishable", true);
			body.put("publicWording", text.publicWording());
		}
		int count = 1 + this.random.nextInt(3);
		List<Plan> plans = new ArrayList<>();
		for (int a = 0; a < count; a++) {
			Plan plan = Plan.values()[this.next++ % Plan.values().length];
			plans.add(plan);
			body.withArray("actions").add(action(text.actions().get(a), plan, cases.get(0), today));
		}
		String id = this.learning.record(body);
		move(id, plans);
	}

	private ObjectNode action(String description, Plan plan, FeedbackCase from, LocalDate today) {
		LocalDate start;
		LocalDate due;
		switch (plan) {
			case VERIFIED -> {
				start = today.minusDays(60 + this.random.nextInt(90));
				due = start.plusDays(20 + this.random.nextInt(20));
			}
			case DONE -> {
				start = today.minusDays(20 + this.random.nextInt(30));
				due = today.plusDays(this.random.nextInt(20) - 5);
			}
			case IN_PROGRESS -> {
				start = today.minusDays(1 + this.random.nextInt(20));
				due = today.plusDays(3 + this.random.nextInt(30));
			}
			case IN_PROGRESS_OVERDUE -> {
				start = today.minusDays(30 + this.random.nextInt(30));
				due = today.minusDays(1 + this.random.nextInt(14));
			}
			case PLANNED -> {
				start = today.plusDays(1 + this.random.nextInt(14));
				due = start.plusDays(15 + this.random.nextInt(30));
			}
			default -> {
				start = today.minusDays(20 + this.random.nextInt(20));
				due = today.minusDays(1 + this.random.nextInt(7));
			}
		}
		ObjectNode action = JsonNodeFactory.instance.objectNode();
		action.put("description", description);
		action.set("owner", owner(from));
		action.put("startDate", start.toString());
		action.put("dueDate", due.toString());
		action.put("review", "Progress reviewed at the monthly service management meeting");
		action.put("completionCheck", "The service manager checks the evidence before it is verified");
		action.put("impactMeasure", "Repeat complaints on the same issue over the next six months");
		String involvement = INVOLVEMENT.get(this.random.nextInt(INVOLVEMENT.size()));
		action.put("complainantInvolvement", involvement);
		if (!"none".equals(involvement)) {
			action.put("complainantAgreed", this.random.nextInt(4) > 0);
		}
		return action;
	}

	private ObjectNode owner(FeedbackCase from) {
		ObjectNode owner = JsonNodeFactory.instance.objectNode();
		String team = from.current().team() != null ? from.current().team() : from.current().orgUnit();
		int pick = this.random.nextInt(4);
		if (pick == 0 && team != null) {
			owner.put("kind", "team");
			owner.put("id", team);
		}
		else {
			owner.put("kind", "person");
			owner.put("id", List.of("officer@", "investigator@", "manager@").get(pick % 3) + this.tenant);
		}
		return owner;
	}

	/** Moves the actions along their plans, one step of each per change of the record. */
	private void move(String id, List<Plan> plans) {
		long version = this.learning.one(id).version();
		for (int step = 0; step < 3; step++) {
			ObjectNode changes = JsonNodeFactory.instance.objectNode();
			for (int a = 0; a < plans.size(); a++) {
				List<String> moves = plans.get(a).moves();
				if (step < moves.size()) {
					ObjectNode change = changes.putObject("A" + (a + 1));
					change.put("state", moves.get(step));
					if ("done".equals(moves.get(step))) {
						change.put("impactResult", "No repeat complaint on this issue since the change");
					}
				}
			}
			if (changes.isEmpty()) {
				return;
			}
			ObjectNode patch = JsonNodeFactory.instance.objectNode();
			patch.set("actions", changes);
			LearningView changed = this.learning.change(id, patch, version);
			version = changed.version();
		}
	}

}
