package org.pcchat.dsl.cli.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How pcchat recognises a topology it imported: two header lines, the second holding the SHA-256 of
 * everything below them. A file whose header is missing is someone else's; one whose content no
 * longer matches was edited after the import, and is someone else's too: pcchat import -o replaces
 * neither.
 */
public final class ImportedFile {

	private static final String FIRST = "// Written by pcchat import from ";
	private static final Pattern SECOND = Pattern.compile(
			"// pcchat import -o replaces this file only while it is exactly as written \\(sha256 of the lines below: "
					+ "([0-9a-f]{64})\\)\\.");

	private ImportedFile() {
	}

	/** The topology's text under the header that names its source and fingerprints it. */
	static String withHeader(String source, String body) {
		return FIRST + Comments.clean(source) + ".\n"
				+ "// pcchat import -o replaces this file only while it is exactly as written (sha256 of the lines below: "
				+ sha256(body) + ").\n" + body;
	}

	/** Whether {@code content} is a file pcchat import wrote and nobody changed since. */
	public static boolean isUnchangedImport(byte[] content) {
		String text = new String(content, StandardCharsets.UTF_8);
		if (!text.startsWith(FIRST)) {
			return false;
		}
		int first = text.indexOf('\n');
		int second = first < 0 ? -1 : text.indexOf('\n', first + 1);
		if (second < 0) {
			return false;
		}
		Matcher matcher = SECOND.matcher(text.substring(first + 1, second));
		return matcher.matches() && matcher.group(1).equals(sha256(text.substring(second + 1)));
	}

	/** Whether {@code beginning} starts like pcchat import's output: for its temporary files. */
	public static boolean startsLikeImport(byte[] beginning) {
		byte[] header = FIRST.getBytes(StandardCharsets.UTF_8);
		int length = Math.min(header.length, beginning.length);
		for (int i = 0; i < length; i++) {
			if (header[i] != beginning[i]) {
				return false;
			}
		}
		return true;
	}

	/** The first header line's fixed part, the prefix by which pcchat's files are told apart. */
	public static String headerPrefix() {
		return FIRST;
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JDK has SHA-256", e);
		}
	}
}
