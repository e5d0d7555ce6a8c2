package org.pcchat.dsl.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextEdit;

/**
 * Applies a server's text edits as an editor does: all ranges refer to the text before any edit
 * (LSP), so they are applied from the last to the first.
 */
final class TextEdits {

	private TextEdits() {
	}

	static String apply(String text, List<? extends TextEdit> edits) {
		List<TextEdit> fromTheEnd = new ArrayList<>(edits);
		fromTheEnd.sort(Comparator.comparing((TextEdit edit) -> offset(text, edit.getRange().getStart())).reversed());
		StringBuilder result = new StringBuilder(text);
		for (TextEdit edit : fromTheEnd) {
			result.replace(offset(text, edit.getRange().getStart()), offset(text, edit.getRange().getEnd()), edit.getNewText());
		}
		return result.toString();
	}

	private static int offset(String text, Position position) {
		int offset = 0;
		for (int line = 0; line < position.getLine(); line++) {
			offset = text.indexOf('\n', offset) + 1;
			if (offset == 0) {
				throw new IllegalArgumentException("line " + position.getLine() + " is past the end of the text");
			}
		}
		return offset + position.getCharacter();
	}
}
