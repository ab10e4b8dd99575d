package org.candour.demo.synthetic;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.bson.Document;
import org.candour.cases.CaseDocuments;
import org.candour.cases.FeedbackCase;
import org.candour.cases.SyntheticCasework;
import org.candour.config.ActiveConfigurations;
import org.candour.definition.model.CodeList;
import org.candour.learning.LearningPlans;
import org.candour.remedies.RemedyPlans;
import org.candour.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * What follows a demo tenant's synthetic cases, so the pages and reports that read it are
 * not empty on first run: learning records with action plans in every state
 * ({@link SyntheticLearning}) and remedies ({@link SyntheticRemedies}) for the upheld or
 * partly upheld closed cases, and risk assessments of some open cases
 * ({@link SyntheticRisk}), the same for the same seed. It works through the modules' own
 * services on the application clock, inside {@link SyntheticCasework}, so everything it
 * touches is known to be demo data and no member of staff is emailed about it.
 */
@Component
public class SyntheticAftercare {

	private static final Logger log = LoggerFactory.getLogger(SyntheticAftercare.class);

	private static final Set<String> UPHELD = Set.of("upheld", "partially-upheld");

	private static final int MOST_CASES = 2000;

	private final SyntheticCasework casework;

	private final CaseDocuments cases;

	private final LearningPlans learning;

	private final RemedyPlans remedies;

	private final ActiveConfigurations configurations;

	private final Clock clock;

	SyntheticAftercare(SyntheticCasework casework, CaseDocuments cases, LearningPlans learning, RemedyPlans remedies,
			ActiveConfigurations configurations, Optional<Clock> clock) {
		this.casework = casework;
		this.cases = cases;
		this.learning = learning;
		this.remedies = remedies;
		this.configurations = configurations;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * Records learning, remedies and risk assessments for the current tenant's synthetic
	 * cases.
	 */
	public Result generate(long seed) {
		return this.casework.generate(this.clock, work -> {
			String tenant = TenantContext.require().value();
			List<FeedbackCase> upheld = synthetic(false).stream()
				.filter(c -> c.current().outcome() != null
						&& UPHELD.contains(c.current().outcome().path("decision").asString("")))
				.toList();
			List<String> themes = this.configurations.require()
				.model()
				.codeList(LearningPlans.THEMES)
				.map(list -> list.current().stream().map(CodeList.Code::code).toList())
				.orElse(List.of());
			int records = new SyntheticLearning(this.learning, new Random(seed), tenant).generate(upheld, themes);
			List<FeedbackCase> remedied = new ArrayList<>(upheld);
			java.util.Collections.reverse(remedied);
			int offered = new SyntheticRemedies(this.remedies, new Random(seed + 1),
					this.learning.actions(null).today())
				.generate(remedied);
			SyntheticRisk.Assessed assessed = new SyntheticRisk(work.actions(), new Random(seed + 2))
				.generate(synthetic(true));
			Result result = new Result(records, offered, assessed.cases(), assessed.highRisk());
			log.info("Demo tenant {}: {} learning records, {} remedies, {} risk assessments ({} high risk)", tenant,
					records, offered, assessed.cases(), assessed.highRisk());
			return result;
		});
	}

	/** The synthetic cases open or closed, by reference. */
	private List<FeedbackCase> synthetic(boolean open) {
		return this.cases.find(new Document("open", open), new Document("reference", 1), 0, MOST_CASES)
			.stream()
			.filter(c -> !c.history().isEmpty() && SyntheticCasework.ACTOR.equals(c.history().get(0).by()))
			.toList();
	}

	/**
	 * @param learningRecords learning records made
	 * @param remedies remedies proposed
	 * @param riskAssessments cases assessed
	 * @param highRisk of which flagged high risk
	 */
	public record Result(int learningRecords, int remedies, int riskAssessments, int highRisk) {
	}

}
