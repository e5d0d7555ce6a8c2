package org.pcchat.dsl.ui.outline;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.pcchat.dsl.ui.PctopoUi;

/**
 * Gives a text editor showing a {@code .pctopo} file an outline page (plugin.xml registers this
 * for every text editor; the Generic Editor has no outline of its own).
 */
public class TopologyOutlineAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType != IContentOutlinePage.class || !(adaptable instanceof ITextEditor editor)
				|| editor.getDocumentProvider() == null) {
			return null;
		}
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		return PctopoUi.isTopology(document) ? adapterType.cast(new TopologyOutlinePage(editor, document)) : null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IContentOutlinePage.class };
	}
}
