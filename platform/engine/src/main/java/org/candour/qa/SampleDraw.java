package org.candour.qa;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * Draws cases deterministically: each case reference is ranked by the SHA-256 of the seed
 * and the reference, and the lowest ranks are drawn. The same seed and the same cases
 * always give the same sample, whatever order the cases are read in; another seed gives
 * an independent one.
 */
final class SampleDraw {

	private SampleDraw() {
	}

	/** The {@code count} references drawn (all of them when there are fewer), by rank. */
	static List<String> draw(String seed, Collection<String> references, int count) {
		return references.stream()
			.distinct()
			.sorted(Comparator.comparing((String reference) -> rank(seed, reference))
				.thenComparing(Comparator.naturalOrder()))
			.limit(Math.max(0, count))
			.toList();
	}

	static String rank(String seed, String reference) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest((seed + "\n" + reference).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is always available", ex);
		}
	}

}
