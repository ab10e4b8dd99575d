package org.candour.bench;

import org.candour.cases.TakeAction;
import org.candour.cases.LogCase;
import org.candour.cases.CaseReference;
import org.candour.cases.CaseActions;
import org.candour.cases.CaseIntake;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Logs cases and takes their transitions by calling {@link CaseIntake} and
 * {@link CaseActions} directly (the workers run inside the tenant's context).
 */
final class ServicePath {

	private final CaseIntake intake;

	private final CaseActions actions;

	private final JsonMapper json;

	private final JsonNode[] inputs;

	private final Failures failures = new Failures("service");

	ServicePath(CaseIntake intake, CaseActions actions, JsonMapper json) {
		this.intake = intake;
		this.actions = actions;
		this.json = json;
		this.inputs = Workload.STEPS.stream().map(step -> json.readTree(step.inputs())).toArray(JsonNode[]::new);
	}

	Failures failures() {
		return this.failures;
	}

	/** Logs {@code references.length} cases; a failed one leaves its reference null. */
	LatencyRecorder.PhaseResult log(Workers workers, String name, int firstNumber, String[] references) {
		return workers.run(name, references.length, references.length, (i, latencies) -> {
			JsonNode body = this.json.readTree(Workload.caseJson(firstNumber + i));
			long start = System.nanoTime();
			try {
				references[i] = this.intake.log(this.json.treeToValue(body, LogCase.class), null)
					.feedbackCase()
					.reference();
				latencies.record(start);
				this.failures.succeeded();
			}
			catch (RuntimeException ex) {
				latencies.record(start);
				this.failures.failed("log case " + (firstNumber + i) + ": " + Failures.describe(ex));
			}
		});
	}

	/**
	 * Whole lifecycles, as a resident and the officers would make them: each task logs
	 * one case and takes its three transitions one after the other; one operation per
	 * lifecycle.
	 */
	LatencyRecorder.PhaseResult lifecycles(Workers workers, String name, int firstNumber, int count) {
		return workers.run(name, count, count, (i, latencies) -> {
			long start = System.nanoTime();
			String[] reference = new String[1];
			try {
				reference[0] = this.intake
					.log(this.json.treeToValue(this.json.readTree(Workload.caseJson(firstNumber + i)), LogCase.class),
							null)
					.feedbackCase()
					.reference();
				for (int s = 0; s < Workload.STEPS.size(); s++) {
					this.actions.take(new TakeAction(new CaseReference(reference[0]), Workload.STEPS.get(s).action(),
							this.inputs[s].deepCopy(), null, null));
				}
				latencies.record(start);
				this.failures.succeeded();
			}
			catch (RuntimeException ex) {
				latencies.record(start);
				this.failures.failed("lifecycle " + (firstNumber + i) + ": " + Failures.describe(ex));
			}
		});
	}

	/**
	 * Takes the three transitions on each logged case, one after the other (stopping at a
	 * failed one).
	 */
	LatencyRecorder.PhaseResult transitions(Workers workers, String name, String[] references) {
		int steps = Workload.STEPS.size();
		return workers.run(name, references.length, references.length * steps, (i, latencies) -> {
			if (references[i] == null) {
				return;
			}
			for (int s = 0; s < steps; s++) {
				String action = Workload.STEPS.get(s).action();
				JsonNode given = this.inputs[s].deepCopy();
				long start = System.nanoTime();
				try {
					this.actions.take(new TakeAction(new CaseReference(references[i]), action, given, null, null));
					latencies.record(start);
					this.failures.succeeded();
				}
				catch (RuntimeException ex) {
					latencies.record(start);
					this.failures.failed(action + " " + references[i] + ": " + Failures.describe(ex));
					return;
				}
			}
		});
	}

}
