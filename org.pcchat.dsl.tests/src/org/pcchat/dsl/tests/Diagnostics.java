package org.pcchat.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * Validates topology texts in which «guillemets» mark the spans where the diagnostics of the rule
 * under test must start and what they cover; the markers are removed before parsing.
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
		List<String> broken = issues.stream().filter(issue -> BROKEN.contains(issue.getCode()))
				.map(Issue::toString).toList();
		assertEquals(List.of(), broken, "the test topology itself is broken");
		return issues.stream().filter(issue -> rule.equals(issue.getCode())).toList();
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
