package org.pcchat.dsl.model;

/**
 * How far apart two words are: the edits (insert, delete, replace, swap two neighbours) between them.
 * The one measure behind every "did you mean": values (PC006), keywords (PC001) and the command line.
 */
public final class Edits {

	private Edits() {
	}

	/** The optimal string alignment distance: {@code Datacentre} is one swap from {@code Datacenter}. */
	public static int between(String a, String b) {
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

	/** How many characters the two share at their start and at their end (at most the shorter's length). */
	static int shared(String a, String b) {
		int length = Math.min(a.length(), b.length());
		int start = 0;
		while (start < length && a.charAt(start) == b.charAt(start)) {
			start++;
		}
		int end = 0;
		while (end < length - start && a.charAt(a.length() - 1 - end) == b.charAt(b.length() - 1 - end)) {
			end++;
		}
		return start + end;
	}
}
