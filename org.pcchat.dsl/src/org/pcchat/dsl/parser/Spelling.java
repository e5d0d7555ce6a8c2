package org.pcchat.dsl.parser;

import java.util.Collection;
import java.util.Locale;

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
			int distance = distance(word.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
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

	/** The optimal string alignment distance: Levenshtein's, with a swap of neighbours as one edit. */
	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}
}
