package org.pcchat.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.templates.TemplateProposal;
import org.junit.jupiter.api.Test;
import org.pcchat.dsl.ui.contentassist.PctopoContentAssistProcessor;

/** Ctrl+Space offers what the grammar allows at the caret: names of the right kind, enum literals, templates. */
class ContentAssistTest extends WorkbenchTest {

	private static final List<String> SQL_VERSIONS = List.of("SQL2000", "SQL2005", "SQL2008", "SQL2008R2",
			"SQL2012", "SQL2014", "SQL2016", "SQL2017", "SQL2019", "SQL2022");

	@Test
	void afterNexthopTheFrontEndsAreProposed() throws Exception {
		OpenedEditor editor = openContoso();
		editor.replace("nexthop FE", "nexthop ");
		editor.placeCaret(Examples.offsetOf(editor.document().get(), "nexthop ") + "nexthop ".length());

		List<String> proposals = proposalsShown(editor, "FE");

		assertEquals(List.of("FE"), firstWords(proposals), "only Front Ends may be a next hop: " + proposals);
	}

	@Test
	void afterSqlTheSqlVersionsAreProposed() throws Exception {
		OpenedEditor editor = openContoso();
		editor.replace("sql SQL2012 sp 2", "sql  sp 2");
		editor.placeCaret(Examples.offsetOf(editor.document().get(), "sql  sp 2") + "sql ".length());

		List<String> proposals = proposalsShown(editor, "SQL2000");

		assertEquals(SQL_VERSIONS, firstWords(proposals).stream().filter(SQL_VERSIONS::contains).toList(),
				"every SQL version, in the grammar's order: " + proposals);
	}

	@Test
	void inASiteTheSqlServerTemplateIsOfferedAndInsertedAtTheLinesIndentation() throws Exception {
		OpenedEditor editor = openContoso();
		String blankLineInSite = "\"Pacific Standard Time\"\n\n        ";
		editor.replace(blankLineInSite, "\"Pacific Standard Time\"\n        \n        ");
		int caret = Examples.offsetOf(editor.document().get(), "Time\"\n        \n") + "Time\"\n        ".length();
		editor.placeCaret(caret);

		ICompletionProposal[] proposals = new PctopoContentAssistProcessor()
				.computeCompletionProposals(editor.viewer(), caret);
		TemplateProposal sqlServer = Arrays.stream(proposals)
				.filter(proposal -> proposal instanceof TemplateProposal template
						&& template.getDisplayString().startsWith("sqlserver"))
				.map(TemplateProposal.class::cast).findFirst().orElseThrow(
						() -> new AssertionError("no sqlserver template in " + Arrays.toString(proposals)));
		assertTrue(Arrays.stream(proposals).noneMatch(proposal -> proposal.getDisplayString().startsWith("server ")),
				"a server block is not allowed directly in a site");

		sqlServer.apply(editor.viewer(), (char) 0, 0, caret);

		String text = editor.document().get();
		assertTrue(text.contains("\n        sqlserver name {\n            fqdn \"fqdn\"\n"), text);
		assertTrue(text.contains("\n            instance instance\n        }"), text);
	}

	/** Runs Ctrl+Space and reads the proposal list once it shows {@code expected} (or patience runs out). */
	private static List<String> proposalsShown(OpenedEditor editor, String expected) {
		ITextOperationTarget viewer = editor.operations();
		assertTrue(viewer.canDoOperation(ISourceViewer.CONTENTASSIST_PROPOSALS));
		viewer.doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
		editor.waitUntil(() -> firstWords(Popups.listRows(editor.display())).contains(expected));
		return Popups.listRows(editor.display());
	}

	private static List<String> firstWords(List<String> rows) {
		return rows.stream().map(ContentAssistTest::firstWord).toList();
	}

	private static String firstWord(String row) {
		return row.strip().split("[\\s-]", 2)[0];
	}
}
