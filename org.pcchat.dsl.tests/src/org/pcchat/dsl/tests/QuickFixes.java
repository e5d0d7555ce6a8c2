package org.pcchat.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * Quick fixes as a language client gets them: the first diagnostic of a rule in a text goes to the
 * code-action service, and a chosen fix's text edits are applied to the text. A test of a rule's fix:
 * {@code quickFixes.assertFix(before, Rules.X, "Fix title", after)}.
 */
public class QuickFixes {

	private static final String FILE = "quickfix.pctopo";

	@Inject
	private Topologies topologies;

	@Inject
	private ICodeActionService2 codeActions;

	/** Asserts that applying the fix titled {@code title} for rule {@code ruleId} turns {@code before} into {@code after}. */
	public void assertFix(String before, String ruleId, String title, String after) {
		assertEquals(after, apply(before, ruleId, title), () -> "text after '" + title + "'");
	}

	/** The titles of the fixes offered for the first {@code ruleId} diagnostic, in the order offered. */
	public List<String> titles(String text, String ruleId) {
		return fixes(text, ruleId).stream().map(CodeAction::getTitle).toList();
	}

	/** {@code text} after applying the fix titled {@code title} for the first {@code ruleId} diagnostic. */
	public String apply(String text, String ruleId, String title) {
		CodeAction fix = fixes(text, ruleId).stream().filter(action -> action.getTitle().equals(title)).findFirst()
				.orElseThrow(() -> new AssertionError("no fix '" + title + "' among " + titles(text, ruleId)));
		assertNotNull(fix.getEdit(), () -> "'" + title + "' has no edit");
		List<TextEdit> edits = fix.getEdit().getChanges().get(uri(text));
		return new Document(1, text).applyChanges(edits).getContents();
	}

	/** The code actions offered for the first diagnostic of {@code ruleId} in {@code text}. */
	public List<CodeAction> fixes(String text, String ruleId) {
		XtextResource resource = topologies.load(FILE, text);
		Issue issue = topologies.issues(resource).stream().filter(i -> ruleId.equals(i.getCode())).findFirst()
				.orElseThrow(() -> new AssertionError("the text has no " + ruleId + " diagnostic"));
		Document document = new Document(1, text);
		Diagnostic diagnostic = toDiagnostic(issue);
		ICodeActionService2.Options options = new ICodeActionService2.Options();
		options.setURI(resource.getURI().toString());
		options.setDocument(document);
		options.setResource(resource);
		options.setLanguageServerAccess(new SingleDocumentAccess(resource, document));
		options.setCancelIndicator(CancelIndicator.NullImpl);
		options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier(options.getURI()),
				diagnostic.getRange(), new CodeActionContext(List.of(diagnostic))));
		return codeActions.getCodeActions(options).stream().map(Either::getRight).toList();
	}

	private String uri(String text) {
		return topologies.load(FILE, text).getURI().toString();
	}

	/** The diagnostic a language client receives for {@code issue} (LSP positions are 0-based). */
	private static Diagnostic toDiagnostic(Issue issue) {
		Diagnostic diagnostic = new Diagnostic();
		diagnostic.setCode(issue.getCode());
		diagnostic.setData(issue.getData());
		diagnostic.setMessage(issue.getMessage());
		diagnostic.setSeverity(switch (issue.getSeverity()) {
			case ERROR -> DiagnosticSeverity.Error;
			case WARNING -> DiagnosticSeverity.Warning;
			case INFO -> DiagnosticSeverity.Information;
			case IGNORE -> DiagnosticSeverity.Hint;
		});
		diagnostic.setRange(new Range(new Position(issue.getLineNumber() - 1, issue.getColumn() - 1),
				new Position(issue.getLineNumberEnd() - 1, issue.getColumnEnd() - 1)));
		return diagnostic;
	}
}
