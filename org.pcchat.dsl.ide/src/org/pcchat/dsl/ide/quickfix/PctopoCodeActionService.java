package org.pcchat.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;

import com.google.inject.Inject;

/**
 * Quick fixes as language-server code actions, in the order the provider proposes them (the most
 * likely first); Xtext's own service sorts them by label.
 */
public class PctopoCodeActionService extends QuickFixCodeActionService {

	@Inject
	private IQuickFixProvider quickfixes;

	@Override
	protected List<Either<Command, CodeAction>> getCodeActions(Options options, Diagnostic diagnostic) {
		List<Either<Command, CodeAction>> actions = new ArrayList<>();
		for (DiagnosticResolution resolution : quickfixes.getResolutions(options, diagnostic)) {
			CodeAction action = new CodeAction(resolution.getLabel());
			action.setKind(CodeActionKind.QuickFix);
			action.setDiagnostics(List.of(diagnostic));
			action.setEdit(resolution.apply());
			actions.add(Either.forRight(action));
		}
		return actions;
	}
}
