package org.pcchat.dsl.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * Assertions on the diagnostics of the rule under test: exactly which text each one marks, and
 * that the test topology is not itself broken. Either the spans are marked in the text with
 * «guillemets» (removed before parsing), or a test that has the issues already names the marked
 * snippet ({@link #assertMarks}).
 */
public class Diagnostics {

	private static final Pattern MARK = Pattern.compile("«([^«»]*)»");
	private static final List<String> BROKEN = List.of("PC001", "PC002");

	@Inject
	private Topologies topologies;

	/**
	 * The diagnostics of {@code rule} are exactly at the marked spans (none when nothing is marked);
	 * returns them in document order.
	 */
	public List<Issue> assertReportedAt(String rule, String markedText) {
		String text = unmarked(markedText);
		List<Issue> issues = of(rule, text);
		List<String> expected = new ArrayList<>();
		Matcher mark = MARK.matcher(markedText);
		for (int removed = 0; mark.find(); removed += 2) {
			expected.add(span(text, mark.start() - removed, mark.group(1).length()));
		}
		List<String> actual = issues.stream().map(issue -> span(text, issue.getOffset(), issue.getLength())).toList();
		assertEquals(expected, actual, rule + " at (line:column \"text\")");
		return issues;
	}

	/** The only diagnostic of {@code rule} is at the one marked span. */
	public Issue assertReportedOnceAt(String rule, String markedText) {
		List<Issue> issues = assertReportedAt(rule, markedText);
		assertEquals(1, issues.size(), "mark exactly one span");
		return issues.get(0);
	}

	public void assertNotReported(String rule, String text) {
		assertFalse(MARK.matcher(text).find(), "a text without diagnostics has no marks");
		assertReportedAt(rule, text);
	}

	/**
	 * The diagnostics of {@code rule} in {@code text}. A syntax or link error fails the test: checks
	 * would see a partial model, and a test that expects no diagnostic would pass for that reason.
	 */
	public List<Issue> of(String rule, String text) {
		List<Issue> issues = topologies.issues(text);
		assertNotBroken(issues);
		return ofRule(issues, rule);
	}

	/** The diagnostics of {@code rule} among {@code issues}. */
	public static List<Issue> ofRule(List<Issue> issues, String rule) {
		return issues.stream().filter(issue -> rule.equals(issue.getCode())).toList();
	}

	/** {@code rule} fired once among the issues of {@code text}, marking the first {@code marked}. */
	public static Issue assertMarks(String text, List<Issue> issues, String rule, String marked) {
		return assertMarks(text, issues, rule, marked, marked);
	}

	/** {@code rule} fired once, marking the first {@code marked} at or after {@code anchor} in {@code text}. */
	public static Issue assertMarks(String text, List<Issue> issues, String rule, String anchor, String marked) {
		int at = text.indexOf(anchor);
		assertTrue(at >= 0, () -> "the test text has no '" + anchor + "'");
		int offset = text.indexOf(marked, at);
		List<Issue> found = ofRule(issues, rule);
		assertEquals(List.of(span(text, offset, marked.length())),
				found.stream().map(issue -> span(text, issue.getOffset(), issue.getLength())).toList(),
				() -> rule + " at (line:column \"text\") among:\n" + describe(issues));
		return found.get(0);
	}

	/** {@code rule} did not fire, and not because the test topology has a syntax or link error. */
	public static void assertNone(List<Issue> issues, String rule) {
		assertNotBroken(issues);
		assertTrue(ofRule(issues, rule).isEmpty(), () -> "no " + rule + " expected, but got:\n" + describe(issues));
	}

	// A check sees a partial model in a broken text: a test expecting no diagnostic would pass for that reason.
	private static void assertNotBroken(List<Issue> issues) {
		List<String> broken = issues.stream().filter(issue -> BROKEN.contains(issue.getCode()))
				.map(Issue::toString).toList();
		assertEquals(List.of(), broken, "the test topology itself is broken");
	}

	private static String describe(List<Issue> issues) {
		return issues.stream().map(Issue::toString).collect(Collectors.joining("\n"));
	}

	private static String unmarked(String markedText) {
		return MARK.matcher(markedText).replaceAll("$1");
	}

	private static String span(String text, int offset, int length) {
		String before = text.substring(0, offset);
		int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
		int column = offset - before.lastIndexOf('\n');
		return line + ":" + column + " \"" + text.substring(offset, Math.min(text.length(), offset + length)) + "\"";
	}
}
