package org.pcchat.dsl.ui.highlighting;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;

/** How declarations and references look: their own theme colours, declarations in bold. */
final class SemanticStyles {

	private SemanticStyles() {
	}

	static StyleRange styleRange(String styleId, int offset, int length) {
		boolean declaration = ReferencesAndDeclarations.DECLARATION.equals(styleId);
		return new StyleRange(offset, length,
				ThemeColours.get(declaration ? ThemeColours.DECLARATION : ThemeColours.REFERENCE), null,
				declaration ? SWT.BOLD : SWT.NORMAL);
	}
}
