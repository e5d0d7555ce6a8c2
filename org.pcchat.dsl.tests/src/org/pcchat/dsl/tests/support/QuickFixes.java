package org.pcchat.dsl.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.pcchat.dsl.ide.quickfix.OneDocumentAccess;
import org.pcchat.dsl.rules.Rules;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.inject.Inject;

/**
 * Quick fixes as a language client gets them: the first diagnostic of a rule in a text goes to the
 * code-action service, and a chosen fix's text edits are applied to the text. A test of a rule's fix:
 * {@code quickFixes.assertFix(before, Rules.X, "Fix title", after)}.
 */
public class QuickFixes {

	public static final String FILE = "quickfix.pctopo";

	/** LSP4J's own JSON mapping, as between the language server and its client. */
	private static final Gson JSON = new MessageJsonHandler(Map.of()).getGson();

	@Inject
	private Topologies topologies;

	@Inject
	private ICodeActionService2 codeActions;

	/**
	 * Asserts that applying the fix titled {@code title} for rule {@code ruleId} turns {@code before}
	 * into {@code after}, and that the result is valid: no syntax error, no unresolved reference, and
	 * rule {@code ruleId} no longer fires.
	 */
	public void assertFix(String before, String ruleId, String title, String after) {
		String fixed = apply(before, ruleId, title);
		assertEquals(after, fixed, () -> "text after '" + title + "'");
		assertFixed(fixed, ruleId);
	}

	/** Asserts that {@code text} parses, links, and has no diagnostic of {@code ruleId}. */
	public void assertFixed(String text, String ruleId) {
		List<String> left = topologies.issues(topologies.load(FILE, text)).stream()
				.filter(issue -> Set.of(Rules.SYNTAX_ERROR, Rules.UNRESOLVED_REFERENCE).contains(issue.getCode())
						|| ruleId.equals(issue.getCode()))
				.map(issue -> issue.getLineNumber() + ": " + issue.getMessage()).toList();
		assertEquals(List.of(), left, () -> "diagnostics left after the fix in:\n" + text);
	}

	/** The titles of the fixes offered for the first {@code ruleId} diagnostic, in the order offered. */
	public List<String> titles(String text, String ruleId) {
		return fixes(text, ruleId).stream().map(CodeAction::getTitle).toList();
	}

	/** {@code text} after applying the fix titled {@code title} for the first {@code ruleId} diagnostic. */
	public String apply(String text, String ruleId, String title) {
		return applyTo(text, chosen(fixes(text, ruleId), title));
	}

	/** The chosen fix's workspace edit applied to {@code text}, the one document it may change. */
	public String applyTo(String text, CodeAction fix) {
		assertNotNull(fix.getEdit(), () -> "'" + fix.getTitle() + "' has no edit");
		Map<String, List<TextEdit>> changes = fix.getEdit().getChanges();
		assertNotNull(changes, () -> "'" + fix.getTitle() + "' has no changes");
		assertEquals(Set.of(uri(text)), changes.keySet(), () -> "documents '" + fix.getTitle() + "' changes");
		return applyEdits(text, changes.get(uri(text)));
	}

	/** The fix titled {@code title} among {@code fixes}. */
	public static CodeAction chosen(List<CodeAction> fixes, String title) {
		return fixes.stream().filter(action -> action.getTitle().equals(title)).findFirst().orElseThrow(
				() -> new AssertionError("no fix '" + title + "' among " + fixes.stream().map(CodeAction::getTitle).toList()));
	}

	/** The code actions offered for the first diagnostic of {@code ruleId} in {@code text}. */
	public List<CodeAction> fixes(String text, String ruleId) {
		return fixes(text, ruleId, false);
	}

	/**
	 * The code actions a language client receives for the first diagnostic of {@code ruleId}: the
	 * request and the answer travel as JSON, so the diagnostic's issue data reaches the service as a
	 * JSON array, as in the language server.
	 */
	public List<CodeAction> fixesOverJson(String text, String ruleId) {
		return fixes(text, ruleId, true);
	}

	private List<CodeAction> fixes(String text, String ruleId, boolean overJson) {
		XtextResource resource = topologies.load(FILE, text);
		Issue issue = topologies.issues(resource).stream().filter(i -> ruleId.equals(i.getCode())).findFirst()
				.orElseThrow(() -> new AssertionError("the text has no " + ruleId + " diagnostic"));
		Document document = new Document(1, text);
		Diagnostic diagnostic = toDiagnostic(issue);
		ICodeActionService2.Options options = new ICodeActionService2.Options();
		options.setURI(resource.getURI().toString());
		options.setDocument(document);
		options.setResource(resource);
		options.setLanguageServerAccess(new OneDocumentAccess(resource, document));
		options.setCancelIndicator(CancelIndicator.NullImpl);
		CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(options.getURI()),
				diagnostic.getRange(), new CodeActionContext(List.of(diagnostic)));
		if (overJson) {
			params = JSON.fromJson(JSON.toJson(params), CodeActionParams.class);
			Object data = params.getContext().getDiagnostics().get(0).getData();
			assertTrue(data == null || data instanceof JsonElement, () -> "issue data after JSON: " + data.getClass());
		}
		options.setCodeActionParams(params);
		List<CodeAction> actions = codeActions.getCodeActions(options).stream().map(Either::getRight).toList();
		return overJson ? actions.stream().map(a -> JSON.fromJson(JSON.toJson(a), CodeAction.class)).toList() : actions;
	}

	private String uri(String text) {
		return topologies.load(FILE, text).getURI().toString();
	}

	/**
	 * Applies text edits as a language client does: every range refers to the text before any edit,
	 * and ranges do not overlap. (Xtext's {@code Document.applyChanges} applies them one after the
	 * other, which shifts all but the last.)
	 */
	public static String applyEdits(String text, List<TextEdit> edits) {
		Document document = new Document(1, text);
		List<TextEdit> fromLast = new ArrayList<>(edits);
		fromLast.sort(Comparator.comparingInt((TextEdit edit) -> document.getOffSet(edit.getRange().getStart()))
				.reversed());
		StringBuilder result = new StringBuilder(text);
		int limit = text.length();
		for (TextEdit edit : fromLast) {
			int start = document.getOffSet(edit.getRange().getStart());
			int end = document.getOffSet(edit.getRange().getEnd());
			assertTrue(start <= end && end <= limit, "edits overlap: " + edits);
			result.replace(start, end, edit.getNewText());
			limit = start;
		}
		return result.toString();
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
