package org.candour.demo.synthetic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.candour.api.Actors;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.qa.QaRun;
import org.candour.qa.QaSample;
import org.candour.qa.QualityAssurance;
import org.candour.qa.ReviewerKind;
import org.candour.qa.ScoreRequest;
import org.candour.tenancy.TenantContext;

import org.springframework.stereotype.Component;

/**
 * QA for a demo tenant's synthetic cases: samples the current month (seed {@code demo})
 * and scores about four samples in five, deterministically from the seed, as the demo
 * tenant's manager ({@code manager@…}) and, where a central score is needed, its tenant
 * administrator ({@code tenant-admin@…}): mostly yes, sometimes partly or no with a
 * comment, the manager now and then disagreeing with central QA. The rest wait in the
 * work queue.
 */
@Component
public class SyntheticQa {

	private static final List<String> COMMENTS = List.of("The response did not address every point raised.",
			"The acknowledgement went out a day late.", "No apology was offered for the delay.",
			"Evidence of the site visit is not on the file.", "The remedy did not match the injustice found.");

	private final QualityAssurance qa;

	SyntheticQa(QualityAssurance qa) {
		this.qa = qa;
	}

	/**
	 * Samples and scores the current tenant's month; returns how many scores were given.
	 */
	public int generate(long seed) {
		if (this.qa.policy().isEmpty()) {
			return 0;
		}
		QaRun run;
		try {
			run = this.qa.run(null, "demo", "demo-data");
		}
		catch (Refusal ex) {
			return 0;
		}
		String tenant = TenantContext.require().value();
		Actors.Actor manager = new Actors.Actor("manager@" + tenant, Set.of(EndpointRoles.MANAGER));
		Actors.Actor central = new Actors.Actor("tenant-admin@" + tenant, Set.of(EndpointRoles.TENANT_ADMIN));
		Random random = new Random(seed);
		int scores = 0;
		for (QaSample sample : this.qa.queue(new QualityAssurance.Filter(run.period(), null, null, null))) {
			if (random.nextInt(5) == 0 || manager.name().equals(sample.officer())) {
				continue;
			}
			Map<String, ScoreRequest.Given> answers = answers(sample, random);
			if (sample.needs().contains(ReviewerKind.CENTRAL)) {
				this.qa.scoreAs(sample.id(), new ScoreRequest(ReviewerKind.CENTRAL, answers, null), central);
				scores++;
			}
			if (sample.needs().contains(ReviewerKind.MANAGER)) {
				Map<String, ScoreRequest.Given> own = (random.nextInt(8) == 0) ? answers(sample, random) : answers;
				this.qa.scoreAs(sample.id(), new ScoreRequest(ReviewerKind.MANAGER, own, null), manager);
				scores++;
			}
		}
		return scores;
	}

	private static Map<String, ScoreRequest.Given> answers(QaSample sample, Random random) {
		Map<String, ScoreRequest.Given> answers = new LinkedHashMap<>();
		for (QaSample.StandardToScore standard : sample.standards()) {
			int roll = random.nextInt(20);
			String answer = (roll < 17) ? "yes" : (roll < 19) ? "partly" : "no";
			String comment = "yes".equals(answer) ? null : COMMENTS.get(random.nextInt(COMMENTS.size()));
			answers.put(standard.id(), new ScoreRequest.Given(answer, comment));
		}
		return answers;
	}

}
