package org.candour.web.officer.queues;

import org.candour.config.ActiveConfigurations;
import org.candour.config.ConfigVersion;

import org.springframework.stereotype.Component;

/**
 * The queue page's vocabulary of each tenant's active configuration, read once per
 * published version (versions never change) and kept with the compiled version.
 */
@Component
class QueueVocabularies {

	private final ActiveConfigurations configurations;

	QueueVocabularies(ActiveConfigurations configurations) {
		this.configurations = configurations;
	}

	QueueVocabulary current() {
		ConfigVersion active = this.configurations.require();
		return active.model().view(QueueVocabulary.class, unused -> new QueueVocabulary(active));
	}

}
