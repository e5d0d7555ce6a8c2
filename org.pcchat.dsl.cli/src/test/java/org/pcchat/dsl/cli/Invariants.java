package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.xtext.validation.Issue;
import org.pcchat.dsl.generator.ChecklistFormat;
import org.pcchat.dsl.generator.FileNames;
import org.pcchat.dsl.rules.RuleCatalogue;
import org.pcchat.dsl.rules.Rules;

import com.google.gson.JsonParser;

/**
 * What must hold for every input, however broken: the language logged no error (Xtext logs a
 * crashing check and carries on), an unreadable input is one line, every diagnostic has a rule of
 * the catalogue and a range inside the file, and the generator wrote all checklists or none.
 */
final class Invariants {

	private static final Pattern RULE_ID = Pattern.compile("PC\\d{3}");
	private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
	private static final RuleCatalogue CATALOGUE = new RuleCatalogue();
	private static final String NO_TOPOLOGY = "no topology in this file";

	private Invariants() {
	}

	static void check(Pipeline.Outcome outcome) {
		assertEquals("", outcome.libraryLog(), "the language logged an error");
		if (outcome.inputError() != null) {
			assertFalse(outcome.inputError().contains("\n"), outcome.inputError());
			return;
		}
		int[] lineLengths = lineLengths(outcome.text());
		outcome.issues().forEach(issue -> checkIssue(outcome.text(), issue));
		outcome.findings().forEach(finding -> checkFinding(lineLengths, finding));
		checkGenerated(outcome);
	}

	private static void checkIssue(String text, Issue issue) {
		String code = issue.getCode();
		assertTrue(code != null && RULE_ID.matcher(code).matches() && CATALOGUE.contains(code),
				"a diagnostic without a rule of the catalogue: " + code + " " + issue);
		assertNotNull(issue.getOffset(), () -> "no offset: " + issue);
		assertNotNull(issue.getLength(), () -> "no length: " + issue);
		assertTrue(issue.getOffset() >= 0 && issue.getLength() >= 0
				&& issue.getOffset() + issue.getLength() <= text.length(), () -> "range outside the text of "
				+ text.length() + " characters: " + issue);
		assertFalse(issue.getMessage() == null || issue.getMessage().isBlank(), () -> "no message: " + issue);
		if (Rules.SYNTAX_ERROR.equals(code)) {
			checkSyntaxError(text, issue);
		}
	}

	/** A syntax error speaks the language, not the parser, and names the token it marks (or the end of the file). */
	static void checkSyntaxError(String text, Issue issue) {
		String message = issue.getMessage();
		assertFalse(SyntaxErrorMeasure.RAW.matcher(message).find(), () -> "the parser's words: " + issue);
		String marked = text.substring(issue.getOffset(), issue.getOffset() + issue.getLength())
				.replaceAll("^[ \\t\\r\\n]+|[ \\t\\r\\n]+$", "");
		if (message.startsWith(NO_TOPOLOGY)) {
			return; // a file of blanks and comments: there is no token to name
		}
		boolean atTheEnd = text.substring(issue.getOffset() + issue.getLength()).isBlank();
		if (marked.isEmpty()) {
			assertTrue(message.contains("end of the file") || message.contains("end of the line"),
					() -> "marks the end of the file or of a line without saying so: " + issue);
			return;
		}
		if (atTheEnd && message.contains("end of the file")) {
			return; // the last token, or an unclosed string or comment that runs to the end of the file
		}
		String token = marked.replaceAll("\\s+", " ");
		token = token.substring(0, Math.min(token.length(), 20));
		boolean invisible = token.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT);
		String shown = token;
		assertTrue(invisible ? message.contains("U+") : message.contains(shown),
				() -> "does not name the token it marks, '" + shown + "': " + issue);
	}

	private static void checkFinding(int[] lineLengths, Finding finding) {
		String where = finding.toString();
		assertTrue(finding.line() >= 1 && finding.line() <= lineLengths.length, "line outside the file: " + where);
		assertTrue(finding.endLine() >= finding.line() && finding.endLine() <= lineLengths.length,
				"end line outside the file: " + where);
		assertTrue(finding.column() >= 1 && finding.column() <= lineLengths[finding.line() - 1] + 1,
				"column outside its line: " + where);
		assertTrue(finding.endColumn() >= 1 && finding.endColumn() <= lineLengths[finding.endLine() - 1] + 1,
				"end column outside its line: " + where);
		assertTrue(finding.endLine() > finding.line() || finding.endColumn() >= finding.column(),
				"range ends before it starts: " + where);
		assertFalse(TextReport.line("t.pctopo", finding).contains("\n"), "a report line with a line break: " + where);
	}

	/** A topology gets every format, complete; no topology gets no file. */
	private static void checkGenerated(Pipeline.Outcome outcome) {
		if (!outcome.parsed()) {
			assertEquals(List.of(), List.copyOf(outcome.generated().keySet()), "files without a topology");
			return;
		}
		String name = outcome.topologyName();
		List<String> expected = Arrays.stream(ChecklistFormat.values())
				.map(format -> FileNames.checklistFile(name, format)).sorted().toList();
		assertEquals(expected, outcome.generated().keySet().stream().sorted().toList(), "not every format written");
		for (ChecklistFormat format : ChecklistFormat.values()) {
			String content = new String(outcome.generated().get(FileNames.checklistFile(name, format)),
					StandardCharsets.UTF_8);
			checkComplete(format, content);
		}
	}

	static void checkComplete(ChecklistFormat format, String content) {
		assertTrue(format.isGeneratorOutput(content), format + " without pcchat's header");
		switch (format) {
			case JSON -> JsonParser.parseString(content).getAsJsonObject().get("summary").getAsJsonObject();
			// one script element: the checklist's own, which keeps the ticks
			case HTML -> assertTrue(content.endsWith("</html>\n") && content.split("<script", -1).length == 2,
					"HTML not complete, or with a script from the topology's text");
			case CSV -> assertTrue(content.endsWith("\r\n"), "CSV not complete");
			case MARKDOWN -> assertTrue(content.endsWith("\n"), "Markdown not complete");
		}
	}

	/** The length of each line of {@code text}, line breaks excluded; an empty text has one empty line. */
	static int[] lineLengths(String text) {
		return Arrays.stream(LINE_BREAK.split(text, -1)).mapToInt(String::length).toArray();
	}
}
