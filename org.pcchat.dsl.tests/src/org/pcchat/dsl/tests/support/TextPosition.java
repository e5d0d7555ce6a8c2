package org.pcchat.dsl.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.validation.Issue;

/** Where a snippet of a test's text is, as a diagnostic marking it reports it (1-based line and column). */
public record TextPosition(int line, int column, int offset, int length) {

	/** The only occurrence of {@code snippet} in {@code text}. */
	public static TextPosition of(String text, String snippet) {
		int offset = text.indexOf(snippet);
		assertTrue(offset >= 0, () -> "'" + snippet + "' is not in the text");
		assertEquals(offset, text.lastIndexOf(snippet), () -> "'" + snippet + "' occurs more than once");
		int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
		int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
		return new TextPosition(line, offset - lineStart + 1, offset, snippet.length());
	}

	/** The occurrence of {@code marked} in the only occurrence of {@code context} in {@code text}. */
	public static TextPosition of(String text, String context, String marked) {
		TextPosition around = of(text, context);
		int inside = context.indexOf(marked);
		assertTrue(inside >= 0, () -> "'" + marked + "' is not in '" + context + "'");
		String before = context.substring(0, inside);
		int lines = (int) before.chars().filter(c -> c == '\n').count();
		int column = lines == 0 ? around.column() + inside : inside - before.lastIndexOf('\n');
		return new TextPosition(around.line() + lines, column, around.offset() + inside, marked.length());
	}

	/** The same start, marking only {@code marked} characters. */
	public TextPosition withLength(int marked) {
		return new TextPosition(line, column, offset, marked);
	}

	/** Asserts that {@code issue} marks exactly this text. */
	public void assertMarkedBy(Issue issue) {
		assertEquals(this, new TextPosition(issue.getLineNumber(), issue.getColumn(), issue.getOffset(), issue.getLength()),
				() -> "position of " + issue);
	}
}
