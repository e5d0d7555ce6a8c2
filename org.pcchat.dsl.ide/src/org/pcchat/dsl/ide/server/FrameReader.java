package org.pcchat.dsl.ide.server;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.jsonrpc.MessageIssueHandler;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageProducer;

/**
 * LSP4J's reader of Content-Length frames, kept in step with a client that announces more bytes
 * than it sends. LSP4J reads the announced length whatever it holds: the start of the next frame
 * disappears into the broken one, the rest of that frame is read as headers, and from there on
 * every message is lost. This reader reads on from a header it finds inside a body that is not
 * JSON, and takes up a header that follows the remnant of a frame on the same line.
 * <p>
 * Works around: {@code StreamMessageProducer.handleMessage} reading exactly {@code Content-Length}
 * bytes; this overrides it and {@code parseHeader}. Upstream issue: none found for this case (frames
 * that fall out of step: https://github.com/eclipse-lsp4j/lsp4j/issues/406). Written against LSP4J
 * 1.0.0: UpstreamVersionsTest fails when that version changes, so that an upgrade re-examines it.
 */
final class FrameReader extends StreamMessageProducer {

	// A header line cannot be in a JSON body: raw line breaks are not allowed in its strings.
	private static final Pattern HEADER = Pattern.compile(CONTENT_LENGTH_HEADER + ":[ \\t]*\\d+[ \\t]*\\r?\\n");

	private final Rereadable input;

	private FrameReader(Rereadable input, MessageJsonHandler jsonHandler, MessageIssueHandler issueHandler) {
		super(input, jsonHandler, issueHandler);
		this.input = input;
	}

	FrameReader(InputStream input, MessageJsonHandler jsonHandler, MessageIssueHandler issueHandler) {
		this(new Rereadable(input), jsonHandler, issueHandler);
	}

	@Override
	protected void parseHeader(String line, Headers headers) {
		int header = line.lastIndexOf(CONTENT_LENGTH_HEADER + ":");
		super.parseHeader(header > 0 ? line.substring(header) : line, headers);
	}

	@Override
	protected boolean handleMessage(InputStream in, Headers headers) {
		byte[] body;
		try {
			body = in.readNBytes(headers.contentLength);
		} catch (IOException e) {
			fireError(e);
			return true; // as LSP4J does: the next read finds the stream closed and ends the session
		}
		// ISO-8859-1 decodes one byte to one char, so the match's index is the byte's.
		Matcher next = HEADER.matcher(new String(body, StandardCharsets.ISO_8859_1));
		if (next.find() && !isJson(body, headers.charset)) {
			input.unread(Arrays.copyOfRange(body, next.start(), body.length));
			body = Arrays.copyOf(body, next.start());
		}
		headers.contentLength = body.length;
		return super.handleMessage(new ByteArrayInputStream(body), headers);
	}

	private static boolean isJson(byte[] body, String charset) {
		try {
			return ParseErrorAnswering.isJson(new String(body, charset));
		} catch (UnsupportedEncodingException e) {
			return false; // LSP4J reports the charset when it reads the body
		}
	}

	/** A stream that can be given bytes back, to read them again before the rest. */
	private static final class Rereadable extends FilterInputStream {

		private byte[] again = new byte[0];
		private int next;

		Rereadable(InputStream in) {
			super(in);
		}

		void unread(byte[] bytes) {
			byte[] rest = Arrays.copyOfRange(again, next, again.length);
			again = Arrays.copyOf(bytes, bytes.length + rest.length);
			System.arraycopy(rest, 0, again, bytes.length, rest.length);
			next = 0;
		}

		@Override
		public int read() throws IOException {
			return next < again.length ? again[next++] & 0xff : super.read();
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			if (next == again.length || length == 0) {
				return super.read(buffer, offset, length);
			}
			int count = Math.min(length, again.length - next);
			System.arraycopy(again, next, buffer, offset, count);
			next += count;
			return count;
		}

		@Override
		public int available() throws IOException {
			return again.length - next + super.available();
		}

		@Override
		public long skip(long count) throws IOException {
			return Math.max(0, read(new byte[(int) Math.min(count, 8192)]));
		}

		@Override
		public boolean markSupported() {
			return false;
		}
	}
}
