package org.pcchat.dsl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * A topology file: {@code displayPath} is how diagnostics name it (as the user typed it, or below
 * the directory they typed), {@code path} is where it is read from.
 */
record SourceFile(String displayPath, Path path) {

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	/**
	 * The file's text; .pctopo files are UTF-8, anything else is reported rather than guessed. A file
	 * larger than {@code limit} is not read ({@link MaxSizeOption}).
	 */
	String read(SizeLimit limit) throws InputException {
		byte[] bytes = readBytes(limit);
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			int offset = in.position();
			throw new InputException(displayPath, String.format(
					"not valid UTF-8 (byte 0x%02X on line %d); save the file as UTF-8",
					bytes[offset] & 0xFF, lineOf(bytes, offset)));
		}
		decoder.flush(out);
		String text = out.flip().toString();
		// Editors on Windows may start UTF-8 files with a byte order mark; it is not part of the text.
		return text.startsWith(String.valueOf(BYTE_ORDER_MARK)) ? text.substring(1) : text;
	}

	/**
	 * The file's bytes, for formats that declare their own encoding. Only a regular file is opened: a
	 * FIFO or device would block or never end. The size is checked before reading, and again while
	 * reading in case the file grows meanwhile.
	 */
	byte[] readBytes(SizeLimit limit) throws InputException {
		try {
			BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
			if (!attributes.isRegularFile()) {
				throw new InputException(displayPath, "not a regular file");
			}
			if (attributes.size() > limit.bytes()) {
				throw tooLarge(attributes.size(), limit);
			}
			try (InputStream in = Files.newInputStream(path)) {
				// A Java array holds at most Integer.MAX_VALUE - 8 bytes; a limit beyond it reads that much.
				byte[] bytes = in.readNBytes((int) Math.min(limit.bytes() + 1, Integer.MAX_VALUE - 8));
				if (bytes.length > limit.bytes()) {
					throw tooLarge(Math.max(Files.size(path), bytes.length), limit);
				}
				return bytes;
			}
		} catch (IOException e) {
			throw InputException.reading(displayPath, e);
		}
	}

	private InputException tooLarge(long size, SizeLimit limit) {
		// The smallest whole number of megabytes (kilobytes for small files) that admits the file.
		long unit = size >= 1024 * 1024 ? 1024 * 1024 : 1024;
		String enough = (size + unit - 1) / unit + (unit == 1024 ? "k" : "MB");
		String shown = SizeLimit.describe(size);
		String limitShown = limit.toString();
		if (shown.replace(".0 ", " ").equals(limitShown)) {
			// 100.0 MB against 100 MB would read as a contradiction: in bytes, the difference shows.
			shown = String.format(Locale.ROOT, "%,d bytes", size);
			limitShown = String.format(Locale.ROOT, "%,d bytes", limit.bytes());
		}
		return new InputException(displayPath, "too large (" + shown + "; the limit is " + limitShown
				+ "); read it with --max-size " + enough);
	}

	private static int lineOf(byte[] bytes, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}
}
