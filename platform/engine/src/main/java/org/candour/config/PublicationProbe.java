package org.candour.config;

/**
 * Observes the point between writing a version and moving the active pointer. Production
 * uses the no-op; tests use it to inject a failure exactly there.
 */
interface PublicationProbe {

	PublicationProbe NONE = version -> {
	};

	void versionWritten(ConfigVersion version);

}
