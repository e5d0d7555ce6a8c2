package org.pcchat.dsl.parser;

import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.pcchat.dsl.validation.Rules;

/** Syntax errors, including values the converters reject, carry rule ID PC001. */
public class PctopoSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

	/** ANTLR's wording for an empty file, or one with only blanks and comments. */
	private static final String NOTHING = "mismatched input '<EOF>' expecting 'topology'";

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		String message = super.getSyntaxErrorMessage(context).getMessage();
		if (NOTHING.equals(message)) {
			message = "no topology in this file; it holds one topology NAME { ... }";
		} else if (message != null && message.startsWith("missing EOF at ")) {
			// ANTLR's wording for text after the closing brace of the topology.
			message = "unexpected " + message.substring("missing EOF at ".length())
					+ " after the end of the topology; a file holds exactly one topology { ... }";
		}
		return new SyntaxErrorMessage(message, Rules.SYNTAX_ERROR);
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		return new SyntaxErrorMessage(super.getSyntaxErrorMessage(context).getMessage(), Rules.SYNTAX_ERROR);
	}
}
