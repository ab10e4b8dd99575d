package org.candour.mongo;

import org.springframework.core.env.Environment;

/** Whether Candour runs on its embedded default (no MongoDB URI configured anywhere). */
public final class EmbeddedDefault {

	private EmbeddedDefault() {
	}

	public static boolean isActive(Environment environment) {
		return EmbeddedMongoCondition.isEmbedded(environment);
	}

}
