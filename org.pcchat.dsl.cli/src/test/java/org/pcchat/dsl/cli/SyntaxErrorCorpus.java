package org.pcchat.dsl.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Broken variants of the project's real topologies ({@link Mutations#corpus()}), the same in every
 * build: single typos, as an administrator makes them, and the fuzz properties' token mutations.
 */
final class SyntaxErrorCorpus {

	/** A broken variant of {@code original}, and what was done to it. */
	record Variant(String original, String text, String change) {
	}

	private static final Pattern WORD = Pattern.compile("\\^?[A-Za-z_$][A-Za-z0-9_]*");
	private static final List<String> PUNCTUATION = List.of("{", "}", ".", ",");
	private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

	private SyntaxErrorCorpus() {
	}

	/**
	 * One typo each: a letter of a word deleted, doubled, replaced or swapped with the next one (six
	 * in seven), or a brace, dot or comma deleted.
	 */
	static List<Variant> typos(int count, long seed) {
		Random random = new Random(seed);
		List<Variant> variants = new ArrayList<>();
		while (variants.size() < count) {
			String original = pick(Mutations.corpus(), random);
			List<String> tokens = Mutations.tokens(original);
			boolean punctuation = random.nextInt(7) == 0;
			List<Integer> candidates = new ArrayList<>();
			for (int i = 0; i < tokens.size(); i++) {
				if (punctuation ? PUNCTUATION.contains(tokens.get(i)) : WORD.matcher(tokens.get(i)).matches()) {
					candidates.add(i);
				}
			}
			if (candidates.isEmpty()) {
				continue;
			}
			int at = pick(candidates, random);
			String before = tokens.get(at);
			String after = punctuation ? "" : misspell(before, random);
			if (after.equals(before)) {
				continue;
			}
			tokens.set(at, after);
			variants.add(new Variant(original, String.join("", tokens), "'" + before + "' -> '" + after + "'"));
		}
		return variants;
	}

	/** One to four of the fuzz properties' token mutations each (deleted, duplicated, swapped, replaced, inserted). */
	static List<Variant> tokenMutations(int count, long seed) {
		Random random = new Random(seed);
		List<Variant> variants = new ArrayList<>();
		Mutations.TokenMutation.Kind[] kinds = Mutations.TokenMutation.Kind.values();
		for (int n = 0; n < count; n++) {
			String original = pick(Mutations.corpus(), random);
			List<String> tokens = Mutations.tokens(original);
			List<String> changes = new ArrayList<>();
			for (int m = 1 + random.nextInt(4); m > 0; m--) {
				Mutations.TokenMutation mutation = new Mutations.TokenMutation(kinds[random.nextInt(kinds.length)],
						random.nextDouble(), random.nextDouble(), pick(Mutations.vocabulary(), random));
				mutation.apply(tokens);
				changes.add(mutation.toString());
			}
			variants.add(new Variant(original, String.join("", tokens), String.join(", ", changes)));
		}
		return variants;
	}

	private static String misspell(String word, Random random) {
		int at = random.nextInt(word.length());
		char letter = LETTERS.charAt(random.nextInt(LETTERS.length()));
		return switch (random.nextInt(4)) {
			case 0 -> word.length() == 1 ? word + letter : word.substring(0, at) + word.substring(at + 1);
			case 1 -> word.substring(0, at + 1) + word.charAt(at) + word.substring(at + 1);
			case 2 -> word.substring(0, at) + letter + word.substring(at + 1);
			default -> at + 1 < word.length()
					? word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2)
					: word + letter;
		};
	}

	private static <T> T pick(List<T> values, Random random) {
		return values.get(random.nextInt(values.size()));
	}
}
