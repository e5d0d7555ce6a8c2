package org.pcchat.dsl.ui.reconciling;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.IFileBuffer;
import org.eclipse.core.filebuffers.IFileBufferListener;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.MonoReconciler;

/**
 * Validates the text in the background once typing pauses and shows the diagnostics as
 * annotations (contributed to the Generic Editor in plugin.xml). Opening and saving the file run
 * every check; typing runs the fast and normal ones.
 */
public class PctopoReconciler extends MonoReconciler {

	/** How long typing must pause before a pass starts, in milliseconds. */
	public static final int DELAY = 300;

	private final TopologyReconcilingStrategy strategy;
	private final IFileBufferListener saves = new SaveListener();

	public PctopoReconciler() {
		this(new TopologyReconcilingStrategy());
	}

	private PctopoReconciler(TopologyReconcilingStrategy strategy) {
		super(strategy, false);
		this.strategy = strategy;
		setDelay(DELAY);
	}

	@Override
	public void install(ITextViewer textViewer) {
		strategy.install(textViewer);
		super.install(textViewer);
		FileBuffers.getTextFileBufferManager().addFileBufferListener(saves);
	}

	@Override
	public void uninstall() {
		FileBuffers.getTextFileBufferManager().removeFileBufferListener(saves);
		super.uninstall();
		strategy.uninstall();
	}

	private void saved(IFileBuffer buffer) {
		if (buffer instanceof ITextFileBuffer textBuffer && textBuffer.getDocument() == getDocument()) {
			strategy.runEveryCheckNextTime();
			forceReconciling();
		}
	}

	// Only the transition to "not dirty" matters: a save (or a revert, which deserves a full pass too).
	private final class SaveListener implements IFileBufferListener {

		@Override
		public void dirtyStateChanged(IFileBuffer buffer, boolean isDirty) {
			if (!isDirty) {
				saved(buffer);
			}
		}

		@Override
		public void bufferCreated(IFileBuffer buffer) {
		}

		@Override
		public void bufferDisposed(IFileBuffer buffer) {
		}

		@Override
		public void bufferContentAboutToBeReplaced(IFileBuffer buffer) {
		}

		@Override
		public void bufferContentReplaced(IFileBuffer buffer) {
		}

		@Override
		public void stateChanging(IFileBuffer buffer) {
		}

		@Override
		public void stateValidationChanged(IFileBuffer buffer, boolean isStateValidated) {
		}

		@Override
		public void underlyingFileMoved(IFileBuffer buffer, IPath path) {
		}

		@Override
		public void underlyingFileDeleted(IFileBuffer buffer) {
		}

		@Override
		public void stateChangeFailed(IFileBuffer buffer) {
		}
	}
}
