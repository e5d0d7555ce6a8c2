package org.pcchat.dsl.ui.navigation;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.texteditor.ITextEditor;
import org.pcchat.dsl.ui.PctopoUi;
import org.pcchat.dsl.ui.model.TopologyDocuments;

/**
 * Ctrl+click and F3 (the Generic Editor's Open Hyperlink) on a reference go to its declaration.
 * Contributed for every Generic Editor (plugin.xml), so it checks the document's content type.
 */
public class PctopoHyperlinkDetector extends AbstractHyperlinkDetector {

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		IDocument document = viewer.getDocument();
		if (region == null || !PctopoUi.isTopology(document)) {
			return null;
		}
		ITextEditor editor = getAdapter(ITextEditor.class);
		return References.at(TopologyDocuments.current(document), region.getOffset())
				.map(reference -> new IHyperlink[] { new DeclarationHyperlink(reference, editor, viewer) })
				.orElse(null);
	}
}
