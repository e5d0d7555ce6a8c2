package org.pcchat.dsl.ui.navigation;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.texteditor.ITextEditor;

/** Jumps from a reference to the name in its target's declaration, in the same editor. */
final class DeclarationHyperlink implements IHyperlink {

	private final References.Reference<Void> reference;
	private final ITextEditor editor;
	private final ITextViewer viewer;

	DeclarationHyperlink(References.Reference<Void> reference, ITextEditor editor, ITextViewer viewer) {
		this.reference = reference;
		this.editor = editor;
		this.viewer = viewer;
	}

	@Override
	public IRegion getHyperlinkRegion() {
		return reference.reference();
	}

	@Override
	public String getTypeLabel() {
		return "Open Declaration";
	}

	@Override
	public String getHyperlinkText() {
		return "Open Declaration";
	}

	@Override
	public void open() {
		IRegion declaration = reference.declaration();
		if (editor != null) {
			editor.selectAndReveal(declaration.getOffset(), declaration.getLength());
		} else {
			viewer.setSelectedRange(declaration.getOffset(), declaration.getLength());
			viewer.revealRange(declaration.getOffset(), declaration.getLength());
		}
	}
}
