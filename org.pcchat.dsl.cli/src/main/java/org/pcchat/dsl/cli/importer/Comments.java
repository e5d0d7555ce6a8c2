package org.pcchat.dsl.cli.importer;

import java.util.ArrayList;
import java.util.List;

/** Comment text for the output: wrapped to a readable width, never closing a block comment by accident. */
final class Comments {

	static final int WIDTH = 100;

	private Comments() {
	}

	/** The text as comment lines (without the {@code //}) of at most about {@link #WIDTH} characters. */
	static List<String> wrap(String text) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : clean(text).strip().split(" ")) {
			if (word.isEmpty()) {
				continue;
			}
			if (line.length() > 0 && line.length() + 1 + word.length() > WIDTH) {
				lines.add(line.toString());
				line.setLength(0);
			}
			if (line.length() > 0) {
				line.append(' ');
			}
			line.append(word);
		}
		if (line.length() > 0) {
			lines.add(line.toString());
		}
		return lines;
	}

	/** One line of text as it may stand in a line comment: no line breaks or control characters. */
	static String clean(String text) {
		StringBuilder clean = new StringBuilder();
		text.codePoints().forEach(c -> clean.appendCodePoint(Character.isISOControl(c) || c == '\u2028'
				|| c == '\u2029' || c == '\u0085' ? ' ' : c));
		return clean.toString();
	}
}
