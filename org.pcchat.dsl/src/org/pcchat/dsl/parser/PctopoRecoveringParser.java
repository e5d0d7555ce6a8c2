package org.pcchat.dsl.parser;

import org.eclipse.xtext.parser.antlr.XtextTokenStream;
import org.pcchat.dsl.parser.antlr.PctopoParser;
import org.pcchat.dsl.parser.antlr.internal.InternalPctopoParser;

import com.google.inject.Inject;

/** The generated parser on Xtext's token stream, recovering from syntax errors as {@link RecoveringInternalParser} does. */
public class PctopoRecoveringParser extends PctopoParser {

	@Inject
	private RecoveryGrammar recoveryGrammar;

	@Override
	protected InternalPctopoParser createParser(XtextTokenStream stream) {
		return new RecoveringInternalParser(stream, getGrammarAccess(), recoveryGrammar);
	}

	protected RecoveryGrammar recoveryGrammar() {
		return recoveryGrammar;
	}
}
