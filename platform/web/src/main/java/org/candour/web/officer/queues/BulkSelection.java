package org.candour.web.officer.queues;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.candour.cases.CaseBulkActions;

/**
 * The cases ticked on the queue page, each sent as {@code reference@version} so that a
 * bulk action refuses any case changed since the officer saw it.
 */
final class BulkSelection {

	private static final char AT = '@';

	private BulkSelection() {
	}

	static String value(String reference, long version) {
		return reference + AT + version;
	}

	/**
	 * The targets, each case once; values that are not {@code reference@version} are
	 * skipped.
	 */
	static List<CaseBulkActions.Target> targets(List<String> values) {
		Map<String, CaseBulkActions.Target> targets = new LinkedHashMap<>();
		for (String value : values == null ? List.<String>of() : values) {
			int at = value.lastIndexOf(AT);
			if (at <= 0) {
				continue;
			}
			try {
				String reference = value.substring(0, at);
				targets.putIfAbsent(reference,
						new CaseBulkActions.Target(reference, Long.valueOf(value.substring(at + 1))));
			}
			catch (NumberFormatException ex) {
				// not a value the queue page sends: skipped
			}
		}
		return new ArrayList<>(targets.values());
	}

}
