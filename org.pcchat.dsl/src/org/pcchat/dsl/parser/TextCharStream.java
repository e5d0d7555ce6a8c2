package org.pcchat.dsl.parser;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CharStream;

/**
 * The lexer's view of a text held as a {@link String}. ANTLR's reader stream copies the text into a
 * {@code char[]} that doubles while it grows (twice the text's bytes, or four times, for the whole
 * parse), and the parse then copies it once more for the node model; this stream reads the string the
 * node model keeps, so the text is in memory once.
 * <p>
 * Works around: Xtext's {@code AbstractAntlrParser.parse(Reader)} reads the text through ANTLR's
 * {@code ANTLRReaderStream}. Upstream issue: none found. Written against Xtext 2.42.0 (with ANTLR
 * 3.2): UpstreamVersionsTest fails when that version changes, so that an upgrade re-examines it.
 */
public final class TextCharStream extends ANTLRStringStream {

	private final String text;

	public TextCharStream(String text) {
		this.text = text;
		this.n = text.length();
	}

	public static TextCharStream read(Reader reader) throws IOException {
		StringWriter text = new StringWriter();
		reader.transferTo(text);
		return new TextCharStream(text.toString());
	}

	@Override
	public void consume() {
		if (p < n) {
			charPositionInLine++;
			if (text.charAt(p) == '\n') {
				line++;
				charPositionInLine = 0;
			}
			p++;
		}
	}

	@Override
	public int LA(int i) {
		if (i == 0) {
			return 0; // undefined, as in ANTLR's streams
		}
		int index = i < 0 ? p + i : p + i - 1;
		return index < 0 || index >= n ? CharStream.EOF : text.charAt(index);
	}

	/** The text from {@code start} to {@code stop}, both included; the whole text is not copied. */
	@Override
	public String substring(int start, int stop) {
		return text.substring(start, stop + 1);
	}

	@Override
	public String toString() {
		return text;
	}
}
