package org.pcchat.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.pcchat.dsl.ui.model.TopologyDocuments;
import org.pcchat.dsl.ui.model.TopologySnapshot;
import org.pcchat.dsl.ui.reconciling.DiagnosticAnnotation;

/** A text editor opened in the workbench, seen through its document, annotations and widget. */
final class OpenedEditor {

	private static final Duration PATIENCE = Duration.ofSeconds(10);

	/** A diagnostic annotation as a user sees it: rule, 1-based line, annotation type, hover text. */
	record Diagnostic(String ruleId, int line, String type, String text) {
	}

	private final ITextEditor editor;
	private final ITextViewer viewer;

	private OpenedEditor(ITextEditor editor) {
		this.editor = editor;
		this.viewer = assertInstanceOf(ITextViewer.class, editor.getAdapter(ITextOperationTarget.class));
	}

	static OpenedEditor open(IWorkbenchPage page, IFile file) throws CoreException {
		return new OpenedEditor(assertInstanceOf(ITextEditor.class, IDE.openEditor(page, file)));
	}

	ITextEditor editor() {
		return editor;
	}

	ITextViewer viewer() {
		return viewer;
	}

	/** The editor's operations (content assist, show information, ...), as its key bindings run them. */
	ITextOperationTarget operations() {
		return editor.getAdapter(ITextOperationTarget.class);
	}

	Display display() {
		return viewer.getTextWidget().getDisplay();
	}

	IDocument document() {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	/** Replaces the first occurrence of {@code text} as typing would. */
	void replace(String text, String replacement) throws BadLocationException {
		document().replace(Examples.offsetOf(document().get(), text), text.length(), replacement);
	}

	void placeCaret(int offset) {
		editor.selectAndReveal(offset, 0);
	}

	/** Moves the mouse pointer over the character at {@code offset}, as the user would to get a hover. */
	void moveMouseTo(int offset) {
		viewer.revealRange(offset, 1);
		settle();
		StyledText widget = viewer.getTextWidget();
		int widgetOffset = ((ITextViewerExtension5) viewer).modelOffset2WidgetOffset(offset);
		Point location = widget.toDisplay(widget.getLocationAtOffset(widgetOffset));
		for (Point point : List.of(new Point(location.x + 1, location.y + 1), new Point(location.x + 3, location.y + 4))) {
			Event move = new Event();
			move.type = SWT.MouseMove;
			move.x = point.x;
			move.y = point.y;
			display().post(move);
		}
	}

	ITextSelection selection() {
		return (ITextSelection) editor.getSelectionProvider().getSelection();
	}

	/** Waits until the reconciler has validated the document's current text. */
	void waitUntilReconciled() {
		waitUntil(this::isReconciled);
		assertTrue(isReconciled(), "the reconciler has validated the current text");
	}

	private boolean isReconciled() {
		TopologySnapshot reconciled = TopologyDocuments.lastReconciled(document());
		return reconciled != null && reconciled.text().equals(document().get());
	}

	/** The language's diagnostics now in the editor's annotation model. */
	List<Diagnostic> diagnostics() {
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		List<Diagnostic> diagnostics = new ArrayList<>();
		Iterator<Annotation> annotations = model.getAnnotationIterator();
		while (annotations.hasNext()) {
			if (annotations.next() instanceof DiagnosticAnnotation annotation) {
				Position position = model.getPosition(annotation);
				diagnostics.add(new Diagnostic(annotation.ruleId(), lineOf(position.getOffset()),
						annotation.getType(), annotation.getText()));
			}
		}
		return diagnostics;
	}

	/** The lines with a diagnostic of the rule. */
	List<Integer> linesWith(String ruleId) {
		return diagnostics().stream().filter(diagnostic -> ruleId.equals(diagnostic.ruleId()))
				.map(Diagnostic::line).toList();
	}

	/** The style painted at a document offset; never null (an unstyled character gets an empty style). */
	StyleRange styleAt(int documentOffset) {
		int widgetOffset = viewer instanceof ITextViewerExtension5 projection
				? projection.modelOffset2WidgetOffset(documentOffset)
				: documentOffset - viewer.getVisibleRegion().getOffset();
		StyleRange style = viewer.getTextWidget().getStyleRangeAtOffset(widgetOffset);
		return style != null ? style : new StyleRange();
	}

	Color foregroundAt(int documentOffset) {
		return styleAt(documentOffset).foreground;
	}

	/** Runs the UI event loop until the condition holds or patience runs out; the caller then asserts. */
	void waitUntil(BooleanSupplier condition) {
		Display display = display();
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	/** Runs the UI event loop until nothing is left to do (painting, async updates). */
	void settle() {
		Display display = display();
		while (display.readAndDispatch()) {
			// dispatching
		}
	}

	private int lineOf(int offset) {
		try {
			return document().getLineOfOffset(offset) + 1;
		} catch (BadLocationException e) {
			throw new IllegalStateException("annotation outside the document", e);
		}
	}
}
