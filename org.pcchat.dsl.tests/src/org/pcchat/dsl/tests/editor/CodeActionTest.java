package org.pcchat.dsl.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pcchat.dsl.tests.support.MinimalTopology.server;
import static org.pcchat.dsl.tests.support.MinimalTopology.withServers;

import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pcchat.dsl.rules.Rules;
import org.pcchat.dsl.tests.support.PctopoIdeInjectorProvider;
import org.pcchat.dsl.tests.support.QuickFixes;
import org.pcchat.dsl.tests.support.TextPosition;

import com.google.inject.Inject;

/**
 * Quick fixes as the language server delivers them: Xtext's code-action service
 * ({@code ICodeActionService2}) answers a code-action request that came as JSON, with the check's
 * issue data turned into a JSON array, by quick-fix code actions whose workspace edit changes only
 * the text the fix is about.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoIdeInjectorProvider.class)
class CodeActionTest {

	private static final String VALID = withServers(server("pc1", "pc1.minimal.local"));

	private static final String URI = "inmemory:/" + QuickFixes.FILE;

	@Inject
	private QuickFixes quickFixes;

	@Test
	void nextHopFixIsAQuickFixCodeActionInsertingOneLine() {
		String before = VALID.replace("            nexthop FE\n", "");
		List<CodeAction> actions = quickFixes.fixesOverJson(before, Rules.NO_NEXT_HOP);
		assertEquals(List.of("Set nexthop to 'FE'"), actions.stream().map(CodeAction::getTitle).toList());
		CodeAction action = actions.get(0);
		assertEquals(CodeActionKind.QuickFix, action.getKind());
		assertEquals(List.of(Rules.NO_NEXT_HOP), action.getDiagnostics().stream().map(d -> d.getCode().getLeft()).toList());
		Position lineEnd = after(before, "fqdn \"pc.minimal.local\"");
		assertEquals(Map.of(URI, List.of(new TextEdit(new Range(lineEnd, lineEnd), "\n            nexthop FE"))),
				action.getEdit().getChanges());
		assertEquals(VALID, quickFixes.applyTo(before, action));
	}

	@Test
	void sqlVersionFixesReplaceOnlyTheVersionLiteral() {
		String before = VALID.replace("sql SQL2012", "sql SQL2005");
		List<CodeAction> actions = quickFixes.fixesOverJson(before, Rules.SQL_VERSION_UNSUPPORTED);
		assertEquals(List.of("Change to 'SQL2008R2'", "Change to 'SQL2012'"),
				actions.stream().map(CodeAction::getTitle).toList());
		CodeAction action = QuickFixes.chosen(actions, "Change to 'SQL2012'");
		Range literal = new Range(at(before, "SQL2005"), after(before, "SQL2005"));
		assertEquals(Map.of(URI, List.of(new TextEdit(literal, "SQL2012"))), action.getEdit().getChanges());
		assertEquals(VALID, quickFixes.applyTo(before, action));
	}

	@Test
	void prerequisitesFixReadsEveryItemOfTheIssueData() {
		String before = VALID.replace("installed MSMQ, DotNet45, PowerShell3, WIF", "installed MSMQ, PowerShell3");
		CodeAction action = QuickFixes.chosen(quickFixes.fixesOverJson(before, Rules.PREREQUISITES_MISSING),
				"Add DotNet45, WIF to installed");
		assertEquals(VALID.replace("installed MSMQ, DotNet45, PowerShell3, WIF", "installed MSMQ, PowerShell3, DotNet45, WIF"),
				quickFixes.applyTo(before, action));
	}

	@Test
	void frontEndPoolFixInsertsSeveralLinesInOneEdit() {
		String before = "topology Lab {\n    site Main {\n    }\n}\n";
		CodeAction action = QuickFixes.chosen(quickFixes.fixesOverJson(before, Rules.NO_FRONT_END),
				"Add Front End pool 'FE' to site 'Main'");
		Position closingLine = new Position(2, 0);
		assertEquals(Map.of(URI, List.of(new TextEdit(new Range(closingLine, closingLine),
				"        frontend pool FE {\n            fqdn \"fe.example.com\"\n        }\n"))), action.getEdit().getChanges());
	}

	/** The LSP position (0-based) where the only occurrence of {@code snippet} starts. */
	private static Position at(String text, String snippet) {
		TextPosition position = TextPosition.of(text, snippet);
		return new Position(position.line() - 1, position.column() - 1);
	}

	/** The LSP position right after the only occurrence of {@code snippet}. */
	private static Position after(String text, String snippet) {
		Position start = at(text, snippet);
		return new Position(start.getLine(), start.getCharacter() + snippet.length());
	}
}
