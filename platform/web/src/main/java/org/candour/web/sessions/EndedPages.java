package org.candour.web.sessions;

import java.util.Optional;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The session-ended page's address, and the page it leads back to: only ever one of the
 * same tenant's (or the platform's) own pages, so the link cannot send anyone elsewhere.
 */
public final class EndedPages {

	private EndedPages() {
	}

	static String url(String scope, String from) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(scope + "/session-ended");
		back(scope, from).ifPresent(page -> url.queryParam("from", "{from}"));
		return url.encode().buildAndExpand(back(scope, from).orElse("")).toUriString();
	}

	/**
	 * {@code from} when it is a page of {@code scope} ({@code /t/{tenant}} or
	 * {@code /platform}).
	 */
	public static Optional<String> back(String scope, String from) {
		if (from == null || !from.startsWith(scope + "/") || from.contains("//") || from.contains("\\")
				|| from.startsWith(scope + "/session-ended") || from.chars().anyMatch(Character::isISOControl)) {
			return Optional.empty();
		}
		return Optional.of(from);
	}

}
