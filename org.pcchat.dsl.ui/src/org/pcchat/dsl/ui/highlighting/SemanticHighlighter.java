package org.pcchat.dsl.ui.highlighting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IPositionUpdater;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.xtext.util.CancelIndicator;
import org.pcchat.dsl.ui.PctopoUi;
import org.pcchat.dsl.ui.model.TopologySnapshot;

/**
 * Paints declarations and references over the lexical colouring. The reconciler computes the
 * ranges in the background ({@link #compute}); on the UI thread they become positions of the
 * document, which move with typing, and are merged into every text presentation.
 */
public final class SemanticHighlighter implements ITextPresentationListener {

	private static final String CATEGORY = PctopoUi.BUNDLE_ID + ".semanticHighlighting";

	private final ReferencesAndDeclarations calculator = PctopoUi.injector()
			.getInstance(ReferencesAndDeclarations.class);
	private final IPositionUpdater updater = new DefaultPositionUpdater(CATEGORY);

	private ITextViewer viewer;
	private IDocument document;
	private List<StyledPosition> positions = List.of();

	private static final class StyledPosition extends Position {
		final String styleId;

		StyledPosition(HighlightedRange range) {
			super(range.offset(), range.length());
			this.styleId = range.styleId();
		}
	}

	public void install(ITextViewer textViewer) {
		viewer = textViewer;
		if (textViewer instanceof ITextViewerExtension4 extension) {
			extension.addTextPresentationListener(this);
		}
	}

	public void uninstall() {
		if (viewer instanceof ITextViewerExtension4 extension) {
			extension.removeTextPresentationListener(this);
		}
		forgetDocument();
		viewer = null;
	}

	/** Any thread: the ranges to highlight in a snapshot, in document order. */
	public List<HighlightedRange> compute(TopologySnapshot snapshot, CancelIndicator cancel) {
		List<HighlightedRange> ranges = new ArrayList<>();
		snapshot.read(resource -> {
			calculator.provideHighlightingFor(resource,
					(offset, length, ids) -> ranges.add(new HighlightedRange(offset, length, ids[0])), cancel);
			return null;
		});
		ranges.sort(Comparator.comparingInt(HighlightedRange::offset));
		return ranges;
	}

	/**
	 * UI thread: shows ranges computed from {@code text} if the document still holds that text;
	 * otherwise a newer pass is on its way and will bring its own.
	 */
	public void show(IDocument shown, String text, List<HighlightedRange> ranges) {
		if (viewer == null || viewer.getDocument() != shown || !shown.get().equals(text) || sameAsShown(ranges)) {
			return;
		}
		adopt(shown);
		try {
			shown.removePositionCategory(CATEGORY);
			shown.addPositionCategory(CATEGORY);
			List<StyledPosition> added = new ArrayList<>(ranges.size());
			for (HighlightedRange range : ranges) {
				StyledPosition position = new StyledPosition(range);
				shown.addPosition(CATEGORY, position);
				added.add(position);
			}
			positions = added;
		} catch (BadLocationException | BadPositionCategoryException e) {
			throw new IllegalStateException("semantic highlighting positions outside the text they were computed on", e);
		}
		viewer.invalidateTextPresentation();
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		IRegion extent = presentation.getExtent();
		int start = extent.getOffset();
		int end = start + extent.getLength();
		List<StyleRange> ranges = new ArrayList<>();
		for (StyledPosition position : positions) {
			int from = Math.max(start, position.getOffset());
			int to = Math.min(end, position.getOffset() + position.getLength());
			if (!position.isDeleted() && from < to) {
				ranges.add(SemanticStyles.styleRange(position.styleId, from, to - from));
			}
		}
		if (!ranges.isEmpty()) {
			presentation.mergeStyleRanges(ranges.toArray(StyleRange[]::new));
		}
	}

	private boolean sameAsShown(List<HighlightedRange> ranges) {
		if (ranges.size() != positions.size()) {
			return false;
		}
		for (int i = 0; i < ranges.size(); i++) {
			HighlightedRange range = ranges.get(i);
			StyledPosition position = positions.get(i);
			if (position.isDeleted() || position.getOffset() != range.offset()
					|| position.getLength() != range.length() || !position.styleId.equals(range.styleId())) {
				return false;
			}
		}
		return true;
	}

	// The positions live in the document so that its position updater moves them while the user types.
	private void adopt(IDocument shown) {
		if (document == shown) {
			return;
		}
		forgetDocument();
		document = shown;
		document.addPositionCategory(CATEGORY);
		document.addPositionUpdater(updater);
	}

	private void forgetDocument() {
		if (document != null) {
			document.removePositionUpdater(updater);
			try {
				document.removePositionCategory(CATEGORY);
			} catch (BadPositionCategoryException e) {
				// already gone: nothing to remove
			}
		}
		document = null;
		positions = List.of();
	}
}
