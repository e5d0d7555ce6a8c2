package org.pcchat.dsl.parser;

import java.io.IOException;
import java.io.Reader;

import org.antlr.runtime.Token;
import org.antlr.runtime.TokenSource;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;
import org.pcchat.dsl.parser.antlr.internal.InternalPctopoParser;

/**
 * The generated parser, holding the text once and only the tokens it has not passed yet (see
 * {@link TextCharStream} and {@link ReleasingTokenStream}): what lets 100,000 servers parse in a
 * 1 GiB heap. The grammar, the node model and the syntax errors are those of {@link PctopoRecoveringParser}, which
 * reads Xtext's token stream.
 * <p>
 * Works around: nothing in Xtext's API lets a parser release tokens; this overrides the protected
 * {@code doParse}, {@code createTokenStream} and {@code createParser} of {@code AbstractAntlrParser}
 * and the generated parser's {@code newLeafNode}. Upstream issue: none found. Written against Xtext
 * 2.42.0: UpstreamVersionsTest fails when that version changes, so that an upgrade re-examines it.
 */
public class PctopoStreamingParser extends PctopoRecoveringParser {

	/** Released tokens are dropped in batches of this many, to copy the held ones rarely. */
	protected int releaseThreshold() {
		return 4096;
	}

	@Override
	public IParseResult doParse(Reader reader) {
		return parse(getDefaultRuleName(), read(reader));
	}

	@Override
	public IParseResult doParse(CharSequence text) {
		return parse(getDefaultRuleName(), new TextCharStream(text.toString()));
	}

	@Override
	public IParseResult parse(ParserRule rule, Reader reader) {
		return parse(rule.getName(), read(reader));
	}

	@Override
	public IParseResult parse(RuleCall ruleCall, Reader reader, int initialLookAhead) {
		var nodeModelBuilder = createNodeModelBuilder();
		nodeModelBuilder.setForcedFirstGrammarElement(ruleCall);
		return doParse(ruleCall.getRule().getName(), read(reader), nodeModelBuilder, initialLookAhead);
	}

	@Override
	protected XtextTokenStream createTokenStream(TokenSource tokenSource) {
		return new ReleasingTokenStream(tokenSource, getTokenDefProvider(), releaseThreshold());
	}

	@Override
	protected InternalPctopoParser createParser(XtextTokenStream stream) {
		ReleasingTokenStream tokens = (ReleasingTokenStream) stream;
		return new RecoveringInternalParser(stream, getGrammarAccess(), recoveryGrammar()) {
			@Override
			protected void newLeafNode(Token token, EObject grammarElement) {
				super.newLeafNode(token, grammarElement);
				if (token != null) {
					tokens.release(token);
				}
			}
		};
	}

	private static TextCharStream read(Reader reader) {
		try {
			return TextCharStream.read(reader);
		} catch (IOException e) {
			throw new WrappedException(e);
		}
	}
}
