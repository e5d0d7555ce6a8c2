package org.pcchat.dsl.parser;

import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.pcchat.dsl.validation.Rules;

/** Syntax errors, including values the converters reject, carry rule ID PC001. */
public class PctopoSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		return new SyntaxErrorMessage(super.getSyntaxErrorMessage(context).getMessage(), Rules.SYNTAX_ERROR);
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		return new SyntaxErrorMessage(super.getSyntaxErrorMessage(context).getMessage(), Rules.SYNTAX_ERROR);
	}
}
