package org.pcchat.dsl.ui.navigation;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.pcchat.dsl.ui.model.TopologyDocuments;

/** The editor's context menu command "Open Declaration": the reference at the caret to its declaration. */
public class OpenDeclarationHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof ITextEditor editor
				&& editor.getSelectionProvider().getSelection() instanceof ITextSelection selection) {
			IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
			References.at(TopologyDocuments.current(document), selection.getOffset())
					.ifPresent(reference -> editor.selectAndReveal(reference.declaration().getOffset(),
							reference.declaration().getLength()));
		}
		return null;
	}
}
