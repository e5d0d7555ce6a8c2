package org.pcchat.dsl.parser;

import java.util.List;

import org.antlr.runtime.BitSet;
import org.antlr.runtime.IntStream;
import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.antlr.runtime.UnwantedTokenException;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.pcchat.dsl.parser.antlr.internal.InternalPctopoParser;
import org.pcchat.dsl.services.PctopoGrammarAccess;

/**
 * The generated parser, recovering from a syntax error within the element it is in (docs/LANGUAGE.md,
 * "Real deployments": a syntax error costs at most the element it is in). Where ANTLR would skip
 * to any token that may follow one of the rules being parsed, which leaves the parser in another
 * element than the text and reports one error after the other, this one skips to the end of the
 * element the error is in: to its closing brace, counting the braces in between. And it never
 * takes a keyword that starts the next attribute for a stray token: {@code nexthop} followed by
 * {@code store SQLPC.MGC} lacks the next hop, it does not name one {@code SQLPC}.
 */
public class RecoveringInternalParser extends InternalPctopoParser {

	private final RecoveryGrammar grammar;

	public RecoveringInternalParser(TokenStream input, PctopoGrammarAccess grammarAccess, RecoveryGrammar grammar) {
		super(input, grammarAccess);
		this.grammar = grammar;
	}

	@Override
	public boolean mismatchIsUnwantedToken(IntStream input, int ttype) {
		return !grammar.isStart(input.LA(1)) && super.mismatchIsUnwantedToken(input, ttype);
	}

	/**
	 * Before ANTLR's own repairs (one token too many, one missing), two of its own: a misspelled
	 * keyword is read as the keyword it stands for ({@code topolgy T {}), and words between an
	 * element's name and its opening brace are skipped up to the brace, so that the block is read.
	 */
	@Override
	protected Object recoverFromMismatchedToken(IntStream input, int ttype, BitSet follow) throws RecognitionException {
		TokenStream tokens = (TokenStream) input;
		String keyword = grammar.keyword(ttype);
		Token found = tokens.LT(1);
		if (keyword != null && isWord(keyword) && found.getType() != Token.EOF && grammar.keyword(found.getType()) == null
				&& isWord(found.getText()) && Spelling.closest(found.getText(), List.of(keyword)) != null) {
			reportError(new MismatchedTokenException(ttype, input));
			input.consume();
			return found;
		}
		if (ttype == grammar.open() && !super.mismatchIsUnwantedToken(input, ttype) && openingBraceAhead(tokens)) {
			RecognitionException unwanted = new UnwantedTokenException(ttype, input);
			beginResync();
			while (input.LA(1) != grammar.open()) {
				input.consume();
			}
			endResync();
			reportError(unwanted);
			Token brace = tokens.LT(1);
			input.consume();
			return brace;
		}
		return super.recoverFromMismatchedToken(input, ttype, follow);
	}

	private static boolean isWord(String text) {
		return text != null && text.matches("[A-Za-z][A-Za-z0-9]*");
	}

	/** Whether an opening brace comes before a closing one, the keyword of the next element or the end. */
	private boolean openingBraceAhead(TokenStream tokens) {
		for (int i = 1;; i++) {
			int type = tokens.LA(i);
			if (type == grammar.open()) {
				return true;
			}
			if (type == Token.EOF || type == grammar.close() || grammar.isStart(type)) {
				return false;
			}
		}
	}

	/**
	 * Skips what the error spoils, and no more. An error in an attribute (or a line such as a file
	 * share) skips to the next keyword that starts one, or to the brace that closes the block it is
	 * in. An error in the header of an element with a block skips the element, braces included. An
	 * error in the block's own text, where no attribute starts, skips to the end of the block: the
	 * element's rule cannot go on reading it.
	 */
	@Override
	public void consumeUntil(IntStream input, BitSet followSet) {
		ICompositeNode failed = getCurrentNode();
		ICompositeNode element = failed;
		while (element != null && grammar.blockRule(element.getGrammarElement()) == null) {
			element = element.getParent();
		}
		if (element == null) {
			super.consumeUntil(input, followSet);
		} else if (element != failed) {
			skipStatement(input, isOpened(element));
		} else if (isOpened(element)) {
			skipBlock(input);
		} else if (skipStatement(input, false)) {
			input.consume();
			skipBlock(input);
		}
	}

	/**
	 * Skips to the next keyword that starts an attribute or element, or to a closing brace, or (in an
	 * element's header, when {@code inBlock} is false) to its opening brace; blocks in between are
	 * skipped whole. Returns whether it stopped at an opening brace.
	 */
	private boolean skipStatement(IntStream input, boolean inBlock) {
		for (int type = input.LA(1); type != Token.EOF; type = input.LA(1)) {
			if (type == grammar.close() || grammar.isStart(type)) {
				return false;
			}
			if (type == grammar.open()) {
				if (!inBlock) {
					return true;
				}
				input.consume();
				skipBlock(input);
			} else {
				input.consume();
			}
		}
		return false;
	}

	/** Skips to the brace that closes the block the parser is in, and that brace. */
	private void skipBlock(IntStream input) {
		int depth = 1;
		for (int type = input.LA(1); type != Token.EOF; type = input.LA(1)) {
			input.consume();
			if (type == grammar.open()) {
				depth++;
			} else if (type == grammar.close() && --depth == 0) {
				return;
			}
		}
	}

	/** Whether the element's opening brace was read. */
	private static boolean isOpened(ICompositeNode element) {
		for (INode child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof ILeafNode leaf && !leaf.isHidden() && "{".equals(leaf.getText())) {
				return true;
			}
		}
		return false;
	}
}
