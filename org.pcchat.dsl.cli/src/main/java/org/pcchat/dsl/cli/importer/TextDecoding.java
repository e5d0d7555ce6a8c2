package org.pcchat.dsl.cli.importer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a topology document. Windows PowerShell's redirection and Out-File write UTF-16 with a
 * byte order mark, PowerShell 7 UTF-8 without one, Notepad UTF-8 with one; the byte order mark (or,
 * without one, the first bytes of {@code <?xml}) decides, never the XML declaration, which still says
 * utf-16 after a file was re-saved as UTF-8.
 */
final class TextDecoding {

	private TextDecoding() {
	}

	static String decode(byte[] bytes, String file) throws ImportException {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return decode(bytes, 3, StandardCharsets.UTF_8, file);
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return decode(bytes, 2, StandardCharsets.UTF_16LE, file);
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return decode(bytes, 2, StandardCharsets.UTF_16BE, file);
		}
		if (startsWith(bytes, '<', 0, '?', 0)) {
			return decode(bytes, 0, StandardCharsets.UTF_16LE, file);
		}
		if (startsWith(bytes, 0, '<', 0, '?')) {
			return decode(bytes, 0, StandardCharsets.UTF_16BE, file);
		}
		return decode(bytes, 0, StandardCharsets.UTF_8, file);
	}

	private static String decode(byte[] bytes, int start, Charset charset, String file) throws ImportException {
		CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			int offset = in.position();
			String text = out.flip().toString();
			throw new ImportException(ImportException.at(file, lineCount(text)), String.format(
					"not valid %s (byte 0x%02X at offset %d); save the file as UTF-8 or UTF-16 with a byte order mark",
					charset.name().replace("LE", "").replace("BE", ""), bytes[Math.min(offset, bytes.length - 1)] & 0xFF,
					offset));
		}
		return out.flip().toString();
	}

	private static int lineCount(String text) {
		return (int) text.chars().filter(c -> c == '\n').count() + 1;
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
