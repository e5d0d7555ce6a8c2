package org.pcchat.dsl.ui.highlighting;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.SWT;
import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;

/** The look of each Xtext highlighting id, in the colours of the current theme. */
final class TokenStyles {

	private static final IToken PLAIN = new Token(null);

	private record Style(String colourId, int fontStyle) {
	}

	private static final Map<String, Style> BY_HIGHLIGHTING_ID = Map.of(
			HighlightingStyles.KEYWORD_ID, new Style(ThemeColours.KEYWORD, SWT.BOLD),
			HighlightingStyles.STRING_ID, new Style(ThemeColours.STRING, SWT.NORMAL),
			HighlightingStyles.NUMBER_ID, new Style(ThemeColours.NUMBER, SWT.NORMAL),
			HighlightingStyles.COMMENT_ID, new Style(ThemeColours.COMMENT, SWT.NORMAL));

	private final Map<String, IToken> tokens = new HashMap<>();

	private TokenStyles() {
	}

	/** The styles with the theme's colours as they are now; a theme change shows at the next colouring. */
	static TokenStyles ofCurrentTheme() {
		TokenStyles styles = new TokenStyles();
		BY_HIGHLIGHTING_ID.forEach((id, style) -> styles.tokens.put(id,
				new Token(new TextAttribute(ThemeColours.get(style.colourId()), null, style.fontStyle()))));
		return styles;
	}

	/** Identifiers, punctuation and anything unknown keep the editor's default style. */
	IToken forHighlightingId(String id) {
		return tokens.getOrDefault(id, PLAIN);
	}
}
