package org.candour.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.candour.cases.CaseDisposal;
import org.candour.cases.CaseReference;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;

/**
 * Runs the current tenant's retention rules: what is due on a day (the dry run) and the
 * disposal of what is due today, each case logged.
 */
@Service
public class Retention {

	private final RetentionRules rules;

	private final CaseDisposal disposal;

	private final DisposalLog log;

	private final Clock clock;

	Retention(RetentionRules rules, CaseDisposal disposal, DisposalLog log, java.util.Optional<Clock> clock) {
		this.rules = rules;
		this.disposal = disposal;
		this.log = log;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * The cases each rule would dispose of on {@code on} (those on legal hold listed and
	 * marked, as they are kept). Nothing is changed.
	 */
	public List<TypeDue> due(LocalDate on) {
		List<TypeDue> due = new ArrayList<>();
		for (RetentionRules.Rule rule : this.rules.all()) {
			due.add(new TypeDue(rule.feedbackType(), rule.title(), rule.words(), rule.retention().months(),
					rule.retention().fromLastActivity() ? "last-activity" : "closure",
					rule.retention().delete() ? "delete" : "anonymise",
					this.disposal.due(rule.feedbackType(), rule.retention(), on)));
		}
		return due;
	}

	/** The last day of this month: the day a dry run looks at when none is asked for. */
	public LocalDate endOfThisMonth() {
		return this.clock.instant()
			.atZone(ZoneOffset.UTC)
			.toLocalDate()
			.with(java.time.temporal.TemporalAdjusters.lastDayOfMonth());
	}

	/** Disposes of every case due today that is not on legal hold; says how many. */
	public Run run(String by) {
		Instant now = this.clock.instant();
		LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
		int anonymised = 0;
		int deleted = 0;
		int held = 0;
		for (RetentionRules.Rule rule : this.rules.all()) {
			for (CaseDisposal.Due due : this.disposal.due(rule.feedbackType(), rule.retention(), today)) {
				if (due.held()) {
					held++;
					continue;
				}
				if (this.disposal.dispose(new CaseReference(due.reference()), rule.retention(), rule.words(), now)) {
					boolean delete = rule.retention().delete();
					this.log.record(new DisposalEntry(due.reference(), rule.feedbackType(),
							delete ? "deleted" : "anonymised", rule.words(), now, by));
					if (delete) {
						deleted++;
					}
					else {
						anonymised++;
					}
				}
			}
		}
		return new Run(now, anonymised, deleted, held);
	}

	/** The disposal log, newest first. */
	public List<DisposalEntry> log(int limit) {
		return this.log.newest(limit);
	}

	/**
	 * A feedback type's rule and the cases it would dispose of.
	 *
	 * @param feedbackType the type's id
	 * @param title its title
	 * @param rule the rule in words
	 * @param months its period
	 * @param from {@code closure} or {@code last-activity}
	 * @param disposal {@code anonymise} or {@code delete}
	 * @param cases the cases due, earliest first
	 */
	public record TypeDue(String feedbackType, JsonNode title, String rule, int months, String from, String disposal,
			List<CaseDisposal.Due> cases) {
	}

	/**
	 * What a run did.
	 *
	 * @param at when it ran
	 * @param anonymised cases anonymised
	 * @param deleted cases deleted
	 * @param held cases due but kept on legal hold
	 */
	public record Run(Instant at, int anonymised, int deleted, int held) {
	}

}
