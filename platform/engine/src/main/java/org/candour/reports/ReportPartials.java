package org.candour.reports;

import java.util.List;

import org.bson.Document;
import org.candour.definition.model.ReportDefinition;

import org.springframework.stereotype.Component;

/**
 * A partition's figures as a stored document, and the merge of every partition's into the
 * run's table (exactly the figures of one unpartitioned run).
 */
@Component
class ReportPartials {

	private final ReportRunner runner;

	ReportPartials(ReportRunner runner) {
		this.runner = runner;
	}

	Document count(ReportDefinition report, ReportRunner.Run run, List<String> feedbackTypes) {
		return this.runner.accumulate(report, run, feedbackTypes.isEmpty() ? null : feedbackTypes).toDocument();
	}

	ReportTable merge(ReportDefinition report, List<Document> partials) {
		Partial merged = Partial.empty();
		for (Document partial : partials) {
			merged = merged.merge(Partial.fromDocument(partial));
		}
		return this.runner.table(report, merged);
	}

}
