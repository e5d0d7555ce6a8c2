package org.pcchat.dsl.ui.quickfix;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;
import org.pcchat.dsl.ui.builder.ProblemMarkers;

/**
 * A diagnostic where the editor shows it now: rule ID, issue data, message and severity as the
 * validator reported them, and the range it covers in the current document. A problem marker gives
 * one; so can an annotation of the editor's reconciler that carries the same values.
 */
public record Problem(String ruleId, String[] data, String message, int severity, int offset, int length) {

	/**
	 * The marker's problem at {@code position} (where the editor's annotation model has moved it
	 * since the file was saved), or at the marker's own range when null.
	 */
	public static Problem of(IMarker marker, Position position) {
		int start = position != null ? position.getOffset() : marker.getAttribute(IMarker.CHAR_START, 0);
		int end = position != null ? position.getOffset() + position.getLength()
				: marker.getAttribute(IMarker.CHAR_END, start);
		return new Problem(marker.getAttribute(ProblemMarkers.RULE_ID, null), ProblemMarkers.issueData(marker),
				marker.getAttribute(IMarker.MESSAGE, ""), marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR),
				start, Math.max(0, end - start));
	}

	/** The diagnostic as the shared quick fixes expect it (an LSP diagnostic, positions 0-based). */
	Diagnostic toDiagnostic(IDocument document) throws BadLocationException {
		Diagnostic diagnostic = new Diagnostic();
		diagnostic.setCode(ruleId);
		diagnostic.setData(data);
		diagnostic.setMessage(message);
		diagnostic.setSeverity(switch (severity) {
			case IMarker.SEVERITY_ERROR -> DiagnosticSeverity.Error;
			case IMarker.SEVERITY_WARNING -> DiagnosticSeverity.Warning;
			default -> DiagnosticSeverity.Information;
		});
		diagnostic.setRange(new Range(DocumentPositions.of(document, offset), DocumentPositions.of(document, offset + length)));
		return diagnostic;
	}
}
