package org.pcchat.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** A text editor opened in the workbench, seen through its document and the styles its widget paints. */
final class OpenedEditor {

	private static final Duration PATIENCE = Duration.ofSeconds(10);

	private final ITextEditor editor;
	private final ITextViewer viewer;

	private OpenedEditor(ITextEditor editor) {
		this.editor = editor;
		this.viewer = assertInstanceOf(ITextViewer.class, editor.getAdapter(ITextOperationTarget.class));
	}

	static OpenedEditor open(IWorkbenchPage page, IFile file) throws CoreException {
		return new OpenedEditor(assertInstanceOf(ITextEditor.class, IDE.openEditor(page, file)));
	}

	IDocument document() {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
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
		Display display = viewer.getTextWidget().getDisplay();
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
}
