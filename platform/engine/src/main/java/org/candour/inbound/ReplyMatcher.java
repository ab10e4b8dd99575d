package org.candour.inbound;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.candour.cases.CaseLookup;
import org.candour.cases.CaseReference;
import org.candour.cases.FeedbackCase;

import org.springframework.stereotype.Component;

/**
 * Finds the case an email answers: a reference of one of the tenant's cases in its
 * subject ("Re: We have received your message RUC-2026-000001"), or as the plus-part of
 * the address it was sent to ({@code complaints+RUC-2026-000001@council.example}).
 */
@Component
class ReplyMatcher {

	private static final Pattern REFERENCE = Pattern.compile("\\b[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*-[0-9]+\\b");

	private static final int MAX_CANDIDATES = 5;

	private final CaseLookup cases;

	ReplyMatcher(CaseLookup cases) {
		this.cases = cases;
	}

	Optional<FeedbackCase> caseAnswered(InboundEmail email) {
		Set<String> candidates = new LinkedHashSet<>();
		email.recipients().forEach(address -> plusPart(address).ifPresent(part -> collect(part, candidates)));
		if (email.subject() != null) {
			collect(email.subject(), candidates);
		}
		return candidates.stream()
			.limit(MAX_CANDIDATES)
			.map(candidate -> this.cases.find(new CaseReference(candidate)))
			.flatMap(Optional::stream)
			.findFirst();
	}

	private static Optional<String> plusPart(String address) {
		int at = address.indexOf('@');
		String local = at < 0 ? address : address.substring(0, at);
		int plus = local.indexOf('+');
		return plus < 0 ? Optional.empty() : Optional.of(local.substring(plus + 1));
	}

	private static void collect(String text, Set<String> candidates) {
		Matcher matcher = REFERENCE.matcher(text);
		while (matcher.find()) {
			candidates.add(matcher.group().toUpperCase(Locale.ROOT));
		}
	}

}
