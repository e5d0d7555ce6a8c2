package org.pcchat.dsl.ui.highlighting;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.xtext.ide.LexerIdeBindings;
import org.eclipse.xtext.ide.editor.syntaxcoloring.AbstractAntlrTokenToAttributeIdMapper;
import org.eclipse.xtext.parser.antlr.Lexer;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.name.Named;

/**
 * Splits text with the language's generated ANTLR lexer and styles each token by the highlighting
 * id Xtext assigns to its token type (keyword, string, number, comment, ...).
 */
public class XtextTokenScanner implements ITokenScanner {

	@Inject
	@Named(LexerIdeBindings.HIGHLIGHTING)
	private Provider<Lexer> lexerProvider;

	@Inject
	private AbstractAntlrTokenToAttributeIdMapper highlightingIds;

	private TokenStyles styles;
	private Lexer lexer;
	private int rangeOffset;
	private int rangeEnd;
	private int tokenOffset;
	private int tokenLength;

	@Override
	public void setRange(IDocument document, int offset, int length) {
		String text;
		try {
			text = document.get(offset, length);
		} catch (BadLocationException e) {
			throw new IllegalArgumentException("Range " + offset + "+" + length + " is outside the document", e);
		}
		styles = TokenStyles.ofCurrentTheme();
		lexer = lexerProvider.get();
		lexer.setCharStream(new ANTLRStringStream(text));
		rangeOffset = offset;
		rangeEnd = offset + length;
		tokenOffset = offset;
		tokenLength = 0;
	}

	@Override
	public IToken nextToken() {
		org.antlr.runtime.Token next = lexer.nextToken();
		if (next.getType() == org.antlr.runtime.Token.EOF) {
			tokenOffset = rangeEnd;
			tokenLength = 0;
			return Token.EOF;
		}
		CommonToken token = (CommonToken) next;
		tokenOffset = rangeOffset + token.getStartIndex();
		tokenLength = Math.max(0, token.getStopIndex() - token.getStartIndex() + 1);
		return styles.forHighlightingId(highlightingIds.getId(token.getType()));
	}

	@Override
	public int getTokenOffset() {
		return tokenOffset;
	}

	@Override
	public int getTokenLength() {
		return tokenLength;
	}
}
