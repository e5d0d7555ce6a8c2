package org.pcchat.dsl.ide.server;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

/**
 * A document whose offsets follow the protocol for positions a client sends. LSP 3.17 (Position):
 * a character past the end of its line means the line's end. A line past the last line, or a
 * negative number, is an invalid parameter (-32602) with a sentence saying which; Xtext's
 * document answers all three with an internal error that carries the whole text.
 * <p>
 * Works around: {@code Document.getOffSet} throwing IndexOutOfBoundsException with the document's
 * text (upstream's view: https://github.com/eclipse-archived/xtext-core/issues/22). Written against
 * Xtext 2.42.0: UpstreamVersionsTest fails when that version changes, so that an upgrade
 * re-examines it.
 */
final class ProtocolPositions extends Document {

	ProtocolPositions(Document document) {
		super(document.getVersion(), document.getContents(), false);
	}

	@Override
	public int getOffSet(Position position) {
		String text = getContents();
		if (position.getLine() < 0 || position.getCharacter() < 0) {
			throw invalid(position, "lines and characters cannot be negative");
		}
		int lineStart = 0;
		for (int line = 0; line < position.getLine(); line++) {
			lineStart = text.indexOf('\n', lineStart) + 1;
			if (lineStart == 0) {
				throw invalid(position, "the document has " + (line + 1) + " lines, 0 to " + line);
			}
		}
		int lineEnd = text.indexOf('\n', lineStart);
		lineEnd = lineEnd < 0 ? text.length() : lineEnd;
		if (lineEnd > lineStart && text.charAt(lineEnd - 1) == '\r') {
			lineEnd--;
		}
		return lineStart + Math.min(position.getCharacter(), lineEnd - lineStart);
	}

	@Override
	public ITextRegion getTextRegion(Range range) {
		int start = getOffSet(range.getStart());
		int end = getOffSet(range.getEnd());
		if (end < start) {
			throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, "Invalid range: its end "
					+ describe(range.getEnd()) + " is before its start " + describe(range.getStart()), null));
		}
		return new TextRegion(start, end - start);
	}

	private static ResponseErrorException invalid(Position position, String why) {
		return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
				"Invalid position " + describe(position) + ": " + why, null));
	}

	private static String describe(Position position) {
		return "line " + position.getLine() + ", character " + position.getCharacter();
	}
}
