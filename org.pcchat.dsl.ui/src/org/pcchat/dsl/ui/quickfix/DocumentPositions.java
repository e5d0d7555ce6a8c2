package org.pcchat.dsl.ui.quickfix;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Position;

/** Between document offsets and the 0-based line / character positions of LSP text edits. */
final class DocumentPositions {

	private DocumentPositions() {
	}

	static Position of(IDocument document, int offset) throws BadLocationException {
		int line = document.getLineOfOffset(offset);
		return new Position(line, offset - document.getLineOffset(line));
	}

	static int offsetOf(IDocument document, Position position) throws BadLocationException {
		return document.getLineOffset(position.getLine()) + position.getCharacter();
	}
}
