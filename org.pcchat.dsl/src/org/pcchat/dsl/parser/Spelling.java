package org.pcchat.dsl.parser;

import java.util.Collection;
import java.util.Locale;

import org.pcchat.dsl.model.Edits;

/** "Did you mean": the word a typo most likely meant, among the words that fit where it stands. */
public final class Spelling {

	private Spelling() {
	}

	/**
	 * The candidate closest to {@code word} in edits (a letter deleted, inserted, replaced, or two
	 * neighbours swapped; case ignored), if it is close enough to be a typo of it; else null.
	 */
	public static String closest(String word, Collection<String> candidates) {
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String candidate : candidates) {
			int distance = Edits.between(word.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
			if (distance < bestDistance && distance <= allowed(candidate)) {
				best = candidate;
				bestDistance = distance;
			}
		}
		return best;
	}

	/** One edit in words of up to four letters, two up to eight, three beyond. */
	private static int allowed(String candidate) {
		return candidate.length() <= 4 ? 1 : candidate.length() <= 8 ? 2 : 3;
	}
}
