package org.pcchat.dsl.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * What a TextMate engine makes of one line with the VS Code grammar, as far as the grammar uses
 * TextMate: top-level patterns (through includes), {@code match} with {@code captures}, and
 * {@code begin}/{@code end} within the line. At each position the earliest match wins, the first
 * pattern among equally early ones, as in vscode-textmate. Java's regular expressions stand in for
 * Oniguruma, which they equal for the constructs the grammar uses (classes, {@code \b}, lookahead,
 * {@code (?i:)}).
 */
final class TextMateLines {

	private record Rule(String scope, Pattern match, JsonObject captures, Pattern end) {
	}

	private final List<Rule> rules = new ArrayList<>();

	TextMateLines(JsonObject grammar) {
		JsonObject repository = grammar.getAsJsonObject("repository");
		for (JsonElement pattern : grammar.getAsJsonArray("patterns")) {
			add(pattern.getAsJsonObject(), repository);
		}
	}

	private void add(JsonObject pattern, JsonObject repository) {
		if (pattern.has("include")) {
			add(repository.getAsJsonObject(pattern.get("include").getAsString().substring(1)), repository);
		} else if (pattern.has("patterns") && !pattern.has("begin")) {
			pattern.getAsJsonArray("patterns").forEach(inner -> add(inner.getAsJsonObject(), repository));
		} else {
			String scope = pattern.has("name") ? pattern.get("name").getAsString() : null;
			boolean delimited = pattern.has("begin");
			rules.add(new Rule(scope, Pattern.compile(pattern.get(delimited ? "begin" : "match").getAsString()),
					pattern.getAsJsonObject("captures"), delimited ? Pattern.compile(pattern.get("end").getAsString()) : null));
		}
	}

	/**
	 * The tokens of a line as "scope text" (the scope without its .pctopo suffix), the text alone
	 * where no scope applies (punctuation without a name, blanks dropped).
	 */
	List<String> scopes(String line) {
		List<String> tokens = new ArrayList<>();
		int position = 0;
		while (position < line.length()) {
			Rule winner = null;
			Matcher best = null;
			for (Rule rule : rules) {
				Matcher matcher = rule.match().matcher(line);
				if (matcher.find(position) && (best == null || matcher.start() < best.start())) {
					winner = rule;
					best = matcher;
				}
			}
			if (best == null || best.end() == best.start()) {
				plain(line.substring(position), tokens);
				break;
			}
			plain(line.substring(position, best.start()), tokens);
			if (winner.end() != null) {
				Matcher end = winner.end().matcher(line);
				int stop = end.find(best.end()) ? end.end() : line.length();
				tokens.add(scoped(winner.scope(), line.substring(best.start(), stop)));
				position = stop;
			} else if (winner.captures() != null) {
				for (int group = 1; group <= best.groupCount(); group++) {
					JsonObject capture = winner.captures().getAsJsonObject(Integer.toString(group));
					if (best.group(group) != null && capture != null) {
						tokens.add(scoped(capture.get("name").getAsString(), best.group(group)));
					}
				}
				position = best.end();
			} else {
				tokens.add(scoped(winner.scope(), best.group()));
				position = best.end();
			}
		}
		return tokens;
	}

	private static String scoped(String scope, String text) {
		if (scope == null || scope.startsWith("punctuation.")) {
			return text;
		}
		String name = scope.replaceFirst("\\.pctopo$", "");
		return (name.equals("keyword.other") ? "keyword" : name) + " " + text;
	}

	private static void plain(String text, List<String> tokens) {
		for (String word : text.strip().split("\\s+")) {
			if (!word.isEmpty()) {
				tokens.add(word);
			}
		}
	}
}
