package org.pcchat.dsl.cli;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.pcchat.dsl.model.Edits;

/**
 * The names a mistyped command or option was probably meant to be: those within two typing
 * mistakes (a letter wrong, missing, extra, or two letters swapped: "fromat" is "format"; case does
 * not count) and fewer than a third of the name's letters, closest first; then those of picocli's
 * suggestions that start with what was typed ("gen" for "generate").
 */
final class Suggestions {

	private static final int MAX_MISTAKES = 2;
	private static final int MAX_SUGGESTIONS = 3;

	private Suggestions() {
	}

	static List<String> closest(String typed, Collection<String> names, List<String> picocliSuggestions) {
		Set<String> suggestions = new LinkedHashSet<>();
		names.stream()
				.filter(name -> name.length() > 1 && !name.equals(typed))
				.filter(name -> mistakes(typed, name) <= Math.min(MAX_MISTAKES, name.length() / 3))
				.sorted(Comparator.comparingInt((String name) -> mistakes(typed, name)).thenComparing(Comparator.naturalOrder()))
				.forEach(suggestions::add);
		// picocli's, when what was typed is the start of a name ("gen" for "generate"): its letter pairs alone
		// find names that have nothing to do with the word ("rules" for "compile").
		picocliSuggestions.stream().filter(name -> !name.equals(typed) && typed.length() > 1
				&& name.toLowerCase(Locale.ROOT).startsWith(typed.toLowerCase(Locale.ROOT))).forEach(suggestions::add);
		return suggestions.stream().limit(MAX_SUGGESTIONS).toList();
	}

	/** The edits between what was typed and a name, ignoring case ({@link Edits#between}). */
	static int mistakes(String typed, String name) {
		return Edits.between(typed.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT));
	}
}
