package org.pcchat.dsl.parser;

import org.antlr.runtime.Token;
import org.pcchat.dsl.parser.antlr.internal.InternalPctopoLexer;

/**
 * The generated lexer, saying what text it cannot read in the words of the language, with the text:
 * an unclosed string (it ends with its line) or comment (it runs to the end of the file), or
 * characters that are no token.
 */
public class PctopoLexer extends InternalPctopoLexer {

	@Override
	public String getErrorMessage(Token token) {
		String text = token.getText() == null ? "" : token.getText();
		if (text.startsWith("\"") || text.startsWith("'")) {
			return "the string " + GrammarWords.quote(text) + " is not closed: `" + text.charAt(0)
					+ "` is missing at the end of its line";
		}
		if (text.startsWith("/*")) {
			return "the comment " + GrammarWords.quote(text) + " is not closed: `*/` is missing before the end of the file";
		}
		return GrammarWords.quote(text) + " is no text of the language";
	}
}
