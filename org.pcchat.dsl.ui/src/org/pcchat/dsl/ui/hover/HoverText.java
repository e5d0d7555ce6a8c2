package org.pcchat.dsl.ui.hover;

import java.util.ArrayList;
import java.util.List;

/** Plain hover text: a heading line, then paragraphs wrapped to a readable width. */
final class HoverText {

	static final int WIDTH = 90;

	private final List<String> blocks = new ArrayList<>();

	HoverText(String heading) {
		blocks.add(heading);
	}

	/** A paragraph directly under what came before. */
	HoverText line(String text) {
		blocks.set(blocks.size() - 1, blocks.get(blocks.size() - 1) + "\n" + wrap(text));
		return this;
	}

	/** A paragraph after an empty line. */
	HoverText paragraph(String text) {
		blocks.add(wrap(text));
		return this;
	}

	@Override
	public String toString() {
		return String.join("\n\n", blocks);
	}

	static String wrap(String text) {
		StringBuilder wrapped = new StringBuilder();
		int lineLength = 0;
		for (String word : text.strip().split("\\s+")) {
			if (lineLength > 0 && lineLength + 1 + word.length() > WIDTH) {
				wrapped.append('\n');
				lineLength = 0;
			} else if (lineLength > 0) {
				wrapped.append(' ');
				lineLength++;
			}
			wrapped.append(word);
			lineLength += word.length();
		}
		return wrapped.toString();
	}
}
