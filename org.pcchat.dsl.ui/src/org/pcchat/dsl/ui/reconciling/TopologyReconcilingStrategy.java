package org.pcchat.dsl.ui.reconciling;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.pcchat.dsl.ui.PctopoUi;
import org.pcchat.dsl.ui.highlighting.HighlightedRange;
import org.pcchat.dsl.ui.highlighting.SemanticHighlighter;
import org.pcchat.dsl.ui.model.TopologyDocuments;
import org.pcchat.dsl.ui.model.TopologySnapshot;

/**
 * One reconciling pass, on the reconciler's background thread: parse the document's text, validate
 * it, publish the diagnostics as annotations, compute the semantic highlighting and announce the
 * snapshot. A pass interrupted by a new edit publishes nothing; the next pass follows.
 */
final class TopologyReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

	private final TopologyValidation validation = PctopoUi.injector().getInstance(TopologyValidation.class);
	private final DiagnosticAnnotations annotations = new DiagnosticAnnotations();
	private final HiddenProblemMarkers markers = new HiddenProblemMarkers();
	private final SemanticHighlighter highlighter = new SemanticHighlighter();
	private final AtomicBoolean runEveryCheck = new AtomicBoolean(true);
	private final OperationCanceledManager canceling = PctopoUi.injector().getInstance(OperationCanceledManager.class);

	private volatile ISourceViewer viewer;
	private volatile IDocument document;
	private volatile IProgressMonitor monitor;

	void install(ITextViewer textViewer) {
		if (textViewer instanceof ISourceViewer sourceViewer) {
			viewer = sourceViewer;
		}
		highlighter.install(textViewer);
	}

	void uninstall() {
		ISourceViewer installed = viewer;
		if (installed != null && installed.getAnnotationModel() != null) {
			annotations.removeAll(installed.getAnnotationModel());
		}
		markers.showAgain();
		highlighter.uninstall();
		viewer = null;
	}

	/** The next pass runs the expensive checks too (the file was saved). */
	void runEveryCheckNextTime() {
		runEveryCheck.set(true);
	}

	@Override
	public void setDocument(IDocument document) {
		this.document = document;
		runEveryCheck.set(true);
	}

	@Override
	public void setProgressMonitor(IProgressMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public void initialReconcile() {
		reconcileDocument();
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		reconcileDocument();
	}

	@Override
	public void reconcile(IRegion partition) {
		reconcileDocument();
	}

	private void reconcileDocument() {
		IDocument reconciled = document;
		ISourceViewer target = viewer;
		if (reconciled == null || target == null) {
			return;
		}
		boolean everyCheck = runEveryCheck.getAndSet(false);
		try {
			validateAndPublish(reconciled, target, everyCheck);
		} catch (RuntimeException | OperationCanceledError e) {
			// Xtext cancels with an Error where it wraps the platform's exception: a pass that died of it
			// would have ended the reconciler's start-up job, and the editor would show no diagnostics again.
			if (!canceling.isOperationCanceledException(e)) {
				throw e;
			}
			interrupted(everyCheck);
		}
	}

	// A new edit cancelled the pass; the expensive checks, if they were due, still are.
	private void interrupted(boolean everyCheck) {
		if (everyCheck) {
			runEveryCheck.set(true);
		}
	}

	private void validateAndPublish(IDocument reconciled, ISourceViewer target, boolean everyCheck) {
		CancelIndicator cancel = this::isCanceled;
		TopologySnapshot snapshot = TopologyDocuments.current(reconciled);
		List<Issue> issues = validation.fastAndNormal(snapshot, cancel);
		List<Issue> expensive = everyCheck ? validation.expensive(snapshot, cancel) : null;
		List<HighlightedRange> highlights = highlighter.compute(snapshot, cancel);
		IAnnotationModel model = target.getAnnotationModel();
		if (isCanceled() || model == null) {
			interrupted(everyCheck);
			return;
		}
		annotations.publishTyping(model, issues);
		if (expensive != null) {
			annotations.publishExpensive(model, expensive, issues);
		}
		markers.hideIn(reconciled);
		StyledText widget = target.getTextWidget();
		if (widget != null && !widget.isDisposed()) {
			widget.getDisplay().asyncExec(() -> highlighter.show(reconciled, snapshot.text(), highlights));
		}
		TopologyDocuments.reconciled(reconciled, snapshot);
	}

	private boolean isCanceled() {
		IProgressMonitor current = monitor;
		return current != null && current.isCanceled();
	}
}
