package org.pcchat.dsl.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.xtext.validation.Issue;
import org.pcchat.dsl.rules.Rules;

/**
 * What syntax errors cost over a corpus of broken variants: how many PC001 messages speak ANTLR
 * rather than the language, and how many diagnostics a variant gets that its original did not
 * (the cascade), or lost.
 */
final class SyntaxErrorMeasure {

	/** ANTLR's words, which no message may show a user. */
	static final Pattern RAW = Pattern.compile("RULE_|mismatched input|extraneous input|no viable alternative"
			+ "|missing EOF|<EOF>|mismatched character|expecting");

	private final Pipeline pipeline;
	private final Map<String, Map<String, Integer>> originals = new HashMap<>();

	int variants;
	int withSyntaxErrors;
	int syntaxErrors;
	int raw;
	int added;
	int addedSyntaxErrors;
	int lost;

	SyntaxErrorMeasure(Pipeline pipeline) {
		this.pipeline = pipeline;
	}

	/** Runs every variant; returns this. */
	SyntaxErrorMeasure run(List<SyntaxErrorCorpus.Variant> corpus) {
		corpus.forEach(this::measure);
		return this;
	}

	void measure(SyntaxErrorCorpus.Variant variant) {
		Map<String, Integer> before = originals.computeIfAbsent(variant.original(), text -> counts(issues(text)));
		List<Issue> issues = issues(variant.text());
		variants++;
		List<Issue> syntax = issues.stream().filter(issue -> Rules.SYNTAX_ERROR.equals(issue.getCode())).toList();
		if (syntax.isEmpty()) {
			return;
		}
		withSyntaxErrors++;
		syntaxErrors += syntax.size();
		raw += (int) syntax.stream().filter(issue -> RAW.matcher(issue.getMessage()).find()).count();
		Map<String, Integer> after = counts(issues);
		addedSyntaxErrors += syntax.size() - before.getOrDefault(Rules.SYNTAX_ERROR, 0);
		after.forEach((key, n) -> added += Math.max(0, n - before.getOrDefault(key, 0)));
		before.forEach((key, n) -> lost += Math.max(0, n - after.getOrDefault(key, 0)));
	}

	/** How many diagnostics more than its original a variant with a syntax error has, on average. */
	double cascade() {
		return (double) added / Math.max(1, withSyntaxErrors);
	}

	/** How many diagnostics of its original a variant with a syntax error lost, on average. */
	double lostPerVariant() {
		return (double) lost / Math.max(1, withSyntaxErrors);
	}

	/** The issues of {@code text}; every one of them holds to the {@link Invariants}. */
	private List<Issue> issues(String text) {
		Pipeline.Outcome outcome = pipeline.run(text);
		Invariants.check(outcome);
		return outcome.issues();
	}

	/** How often each diagnostic occurs, by rule and message (positions move with the change); PC001 by rule only. */
	private static Map<String, Integer> counts(List<Issue> issues) {
		Map<String, Integer> counts = new HashMap<>();
		for (Issue issue : issues) {
			String key = Rules.SYNTAX_ERROR.equals(issue.getCode()) ? issue.getCode() : issue.getCode() + " " + issue.getMessage();
			counts.merge(key, 1, Integer::sum);
		}
		return counts;
	}

	@Override
	public String toString() {
		return String.format("%d variants, %d with syntax errors: %d PC001 messages, %d raw (%.1f%%); per variant with"
				+ " a syntax error: %.2f diagnostics more than its original (%.2f PC001, %.2f others), %.2f lost",
				variants, withSyntaxErrors, syntaxErrors, raw, 100.0 * raw / Math.max(1, syntaxErrors),
				(double) added / Math.max(1, withSyntaxErrors), (double) addedSyntaxErrors / Math.max(1, withSyntaxErrors),
				(double) (added - addedSyntaxErrors) / Math.max(1, withSyntaxErrors), (double) lost / Math.max(1, withSyntaxErrors));
	}
}
