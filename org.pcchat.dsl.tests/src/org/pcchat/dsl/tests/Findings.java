package org.pcchat.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Issue;

/** Assertions on the diagnostics of one rule: whether it fired, and exactly which text it marks. */
final class Findings {

	private Findings() {
	}

	static List<Issue> of(List<Issue> issues, String rule) {
		return issues.stream().filter(issue -> rule.equals(issue.getCode())).toList();
	}

	/** {@code rule} fired once, marking the first {@code marked} in {@code text}. */
	static Issue assertMarks(String text, List<Issue> issues, String rule, String marked) {
		return assertMarks(text, issues, rule, marked, marked);
	}

	/** {@code rule} fired once, marking the first {@code marked} at or after {@code anchor} in {@code text}. */
	static Issue assertMarks(String text, List<Issue> issues, String rule, String anchor, String marked) {
		int at = text.indexOf(anchor);
		assertTrue(at >= 0, () -> "the test text has no '" + anchor + "'");
		int offset = text.indexOf(marked, at);
		List<Issue> found = of(issues, rule);
		assertEquals(1, found.size(), () -> rule + " once, but got:\n" + describe(issues));
		Issue issue = found.get(0);
		assertEquals(offset + "+" + marked.length(), issue.getOffset() + "+" + issue.getLength(),
				() -> rule + " should mark '" + marked + "' (offset+length), but got:\n" + describe(issues));
		return issue;
	}

	static void assertNone(List<Issue> issues, String rule) {
		assertTrue(of(issues, rule).isEmpty(), () -> "no " + rule + " expected, but got:\n" + describe(issues));
	}

	private static String describe(List<Issue> issues) {
		return issues.stream().map(Issue::toString).collect(Collectors.joining("\n"));
	}
}
