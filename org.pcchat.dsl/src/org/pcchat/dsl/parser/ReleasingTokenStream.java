package org.pcchat.dsl.parser;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.Lexer;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenSource;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;

/**
 * Xtext's token stream, lexing on demand and forgetting the tokens the node model already holds.
 * Xtext's own stream lexes the whole text before the first rule and keeps every token until the
 * parse ends: 12.7 million tokens, about 0.6 GiB, for a topology of 100,000 servers
 * (benchmarks/RESULTS.md). This one holds the tokens from the last one the parser turned into a leaf
 * node (it says so through {@link #release}) up to the farthest the parser has looked ahead.
 * <p>
 * The stream works on ANTLR's list of tokens, here a window: its {@code size()}
 * is unknown (the largest int) until the lexer has reached the end, and an index past the end reads
 * {@link Token#EOF_TOKEN}, so that every bounds check of ANTLR and Xtext lexes exactly as far as it
 * looks. The stream's own {@link #size()} lexes to the end, as the parser asks for it only there.
 * <p>
 * Works around: ANTLR's {@code CommonTokenStream.fillBuffer}, which Xtext's stream inherits, lexes
 * every token on the first look-ahead and keeps them all; this class depends on the protected
 * {@code tokens}, {@code p} and {@code lastMarker} of that stream and on how Xtext's stream skips
 * hidden tokens. Upstream issue: none found. Written against Xtext 2.42.0 (with ANTLR 3.2):
 * UpstreamVersionsTest fails when that version changes, so that an upgrade re-examines it.
 */
public class ReleasingTokenStream extends XtextTokenStream {

	private final Window window;

	private final Map<String, Integer> tokenTypes = new HashMap<>();

	/** The token types hidden by the rule being parsed: Xtext's stream keeps the same set privately. */
	private BitSet hidden;

	/**
	 * @param releaseThreshold how many released tokens are dropped at once: the tokens before the last
	 *                         leaf node stay until there are that many of them
	 */
	public ReleasingTokenStream(TokenSource source, ITokenDefProvider tokenDefinitions, int releaseThreshold) {
		super(source, tokenDefinitions);
		tokenDefinitions.getTokenDefMap().forEach((type, rule) -> tokenTypes.put(rule, type));
		window = new Window(releaseThreshold);
		tokens = window;
	}

	/**
	 * The parser has made {@code lastLeaf} a leaf node and will not ask for a token before it again:
	 * the node model has every one of them. Ignored while the parser predicts (a marker may rewind to
	 * before it).
	 */
	public void release(Token lastLeaf) {
		if (getFirstMarker() == -1 && lastLeaf.getTokenIndex() <= p) {
			window.dropBefore(lastLeaf.getTokenIndex());
		}
	}

	@Override
	protected void fillBuffer() {
		p = skipOffTokenChannels(0);
	}

	@Override
	public int size() {
		if (p == -1) {
			fillBuffer();
		}
		window.lexToEnd();
		return window.size();
	}

	@Override
	@SuppressWarnings("rawtypes")
	public List getTokens() {
		throw new UnsupportedOperationException("the stream keeps only the tokens the parser has not passed");
	}

	/** The whole text, without lexing it first (Xtext's stream joins the text of every token). */
	@Override
	public String toString() {
		if (tokenSource instanceof Lexer lexer && lexer.getCharStream() != null) {
			CharStream text = lexer.getCharStream();
			return text.size() == 0 ? null : text.substring(0, text.size() - 1);
		}
		window.lexToEnd();
		return super.toString();
	}

	@Override
	protected void doSetHiddenTokens(String... lexerRules) {
		super.doSetHiddenTokens(lexerRules);
		BitSet types = new BitSet();
		for (String rule : lexerRules) {
			types.set(tokenTypes.get(rule));
		}
		hidden = types;
	}

	@Override
	public HiddenTokens setHiddenTokens(String... lexerRules) {
		BitSet outer = hidden;
		HiddenTokens restoreXtexts = super.setHiddenTokens(lexerRules);
		return () -> {
			restoreXtexts.restore();
			hidden = outer;
		};
	}

	/** What Xtext's list of tokens does on each read: a token ahead takes the channel of the current rule. */
	private Token withChannel(Token token, int index) {
		int current = getFirstMarker() != -1 ? getFirstMarker() : p;
		if (hidden != null && token.getType() >= Token.MIN_TOKEN_TYPE && index >= current) {
			token.setChannel(hidden.get(token.getType()) ? Token.HIDDEN_CHANNEL : Token.DEFAULT_CHANNEL);
		}
		return token;
	}

	/** The tokens from {@link #first} on, lexed as far as they were read. */
	private final class Window extends AbstractList<Object> {

		private final int releaseThreshold;

		private Token[] held = new Token[256];

		/** The index of {@code held[0]}. */
		private int first;

		private int count;

		private boolean lexedAll;

		Window(int releaseThreshold) {
			this.releaseThreshold = Math.max(1, releaseThreshold);
		}

		@Override
		public Object get(int index) {
			if (index < first) {
				throw new IllegalStateException("token " + index + " was released; the stream holds tokens from " + first);
			}
			while (index - first >= count && !lexedAll) {
				lexOne();
			}
			return index - first < count ? withChannel(held[index - first], index) : Token.EOF_TOKEN;
		}

		@Override
		public int size() {
			return lexedAll ? first + count : Integer.MAX_VALUE;
		}

		void lexToEnd() {
			while (!lexedAll) {
				lexOne();
			}
		}

		private void lexOne() {
			Token token = tokenSource.nextToken();
			if (token == null || token.getType() == CharStream.EOF) {
				lexedAll = true;
				return;
			}
			token.setTokenIndex(first + count);
			if (count == held.length) {
				held = Arrays.copyOf(held, count * 2);
			}
			held[count++] = token;
		}

		void dropBefore(int index) {
			int dropped = Math.min(index - first, count);
			if (dropped < releaseThreshold) {
				return;
			}
			System.arraycopy(held, dropped, held, 0, count - dropped);
			Arrays.fill(held, count - dropped, count, null);
			first += dropped;
			count -= dropped;
		}
	}
}
