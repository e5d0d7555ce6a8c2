package org.pcchat.dsl.ui.highlighting;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.pcchat.dsl.ui.PctopoUi;

/** Colours {@code .pctopo} text in the Generic Editor (contributed in plugin.xml). */
public class PctopoPresentationReconciler extends PresentationReconciler {

	public PctopoPresentationReconciler() {
		WholeDocumentDamagerRepairer damagerRepairer = new WholeDocumentDamagerRepairer(
				PctopoUi.injector().getInstance(XtextTokenScanner.class));
		setDamager(damagerRepairer, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(damagerRepairer, IDocument.DEFAULT_CONTENT_TYPE);
	}
}
