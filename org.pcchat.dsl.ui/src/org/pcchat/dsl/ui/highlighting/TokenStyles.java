package org.pcchat.dsl.ui.highlighting;

import java.util.Map;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;

/** The look of each Xtext highlighting id; the colours of Xtext's own default highlighting configuration. */
final class TokenStyles {

	private static final IToken PLAIN = new Token(null);

	private static final Map<String, IToken> BY_HIGHLIGHTING_ID = Map.of(
			HighlightingStyles.KEYWORD_ID, styled(new RGB(127, 0, 85), SWT.BOLD),
			HighlightingStyles.STRING_ID, styled(new RGB(42, 0, 255), SWT.NORMAL),
			HighlightingStyles.NUMBER_ID, styled(new RGB(125, 125, 125), SWT.NORMAL),
			HighlightingStyles.COMMENT_ID, styled(new RGB(63, 127, 95), SWT.NORMAL));

	private TokenStyles() {
	}

	/** Identifiers, punctuation and anything unknown keep the editor's default style. */
	static IToken forHighlightingId(String id) {
		return BY_HIGHLIGHTING_ID.getOrDefault(id, PLAIN);
	}

	// Device-less colours are plain values: nothing to dispose.
	private static IToken styled(RGB colour, int fontStyle) {
		return new Token(new TextAttribute(new Color(colour), null, fontStyle));
	}
}
