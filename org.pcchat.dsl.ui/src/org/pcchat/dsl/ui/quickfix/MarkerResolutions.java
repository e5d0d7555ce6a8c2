package org.pcchat.dsl.ui.quickfix;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.pcchat.dsl.ui.quickfix.TopologyQuickFixes.Fix;

/**
 * Quick fixes of topology problem markers, for the Problems view's Quick Fix and for Ctrl+1 in the
 * Generic Editor (which asks the marker help registry for the resolutions of the marker
 * annotations under the cursor). Each resolution is one of the shared {@code .ide} fixes.
 */
public class MarkerResolutions implements IMarkerResolutionGenerator2 {

	private static final IMarkerResolution[] NONE = {};

	@Override
	public boolean hasResolutions(IMarker marker) {
		return TopologyQuickFixes.get().handles(Problem.of(marker, null));
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		if (!(marker.getResource() instanceof IFile file) || !marker.exists()) {
			return NONE;
		}
		try (FileDocument document = FileDocument.connect(file)) {
			Problem problem = Problem.of(marker, document.positionOf(marker));
			return TopologyQuickFixes.get().fixes(file, document.document(), problem).stream()
					.map(fix -> new Resolution(fix.label(), problem.ruleId())).toArray(IMarkerResolution[]::new);
		} catch (CoreException e) {
			ILog.of(MarkerResolutions.class).log(e.getStatus());
			return NONE;
		}
	}

	/** Applies the fix of this label to the marker's file as it is when the user picks it. */
	private record Resolution(String label, String ruleId) implements IMarkerResolution2 {

		@Override
		public String getLabel() {
			return label;
		}

		@Override
		public String getDescription() {
			return label + " (quick fix of " + ruleId + ")";
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public void run(IMarker marker) {
			if (!(marker.getResource() instanceof IFile file) || !marker.exists()) {
				return;
			}
			try (FileDocument document = FileDocument.connect(file)) {
				Problem problem = Problem.of(marker, document.positionOf(marker));
				List<Fix> fixes = TopologyQuickFixes.get().fixes(file, document.document(), problem);
				for (Fix fix : fixes) {
					if (fix.label().equals(label)) {
						TopologyQuickFixes.apply(fix, document.document());
						document.keepChange();
						return;
					}
				}
			} catch (CoreException e) {
				ILog.of(MarkerResolutions.class).log(e.getStatus());
			} catch (BadLocationException e) {
				ILog.of(MarkerResolutions.class).error("The quick fix '" + label + "' no longer fits " + file.getName(), e);
			}
		}
	}
}
