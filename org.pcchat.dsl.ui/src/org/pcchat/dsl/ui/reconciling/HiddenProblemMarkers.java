package org.pcchat.dsl.ui.reconciling;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModelEvent;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.IAnnotationModelListener;
import org.eclipse.jface.text.source.IAnnotationModelListenerExtension;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.pcchat.dsl.ui.builder.ProblemMarkers;

/**
 * Keeps the builder's problem markers out of sight in an editor whose reconciler shows the same
 * diagnostics live, as JDT and Xtext editors do: otherwise every problem is underlined and listed in
 * the rulers twice once the file has been built, and the marker's copy lags behind unsaved edits.
 * The markers' annotations stay in the model, marked deleted (which the painters and rulers skip), so
 * that the marker positions still follow edits and Ctrl+1 still offers the markers' resolutions; the
 * Problems view is unchanged.
 */
final class HiddenProblemMarkers implements IAnnotationModelListener, IAnnotationModelListenerExtension {

	private volatile IAnnotationModel model;

	/**
	 * From now on, hides the problem markers of {@code document}: the annotations of its file buffer,
	 * which the editor shows (a document of no file buffer has no markers).
	 */
	synchronized void hideIn(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		IAnnotationModel markers = buffer == null ? null : buffer.getAnnotationModel();
		if (markers == null) {
			return;
		}
		if (model != markers) {
			showAgain();
			model = markers;
			markers.addAnnotationModelListener(this);
		}
		setHidden(markers, all(markers), true);
	}

	/** The editor closes: the model may serve other editors of the file, which show the markers again. */
	synchronized void showAgain() {
		IAnnotationModel hiding = model;
		if (hiding != null) {
			hiding.removeAnnotationModelListener(this);
			setHidden(hiding, all(hiding), false);
			model = null;
		}
	}

	@Override
	public void modelChanged(AnnotationModelEvent event) {
		IAnnotationModel hiding = model;
		if (hiding != null && event.getAnnotationModel() == hiding) {
			setHidden(hiding, List.of(event.getAddedAnnotations()), true);
		}
	}

	@Override
	public void modelChanged(IAnnotationModel changed) {
		// every change arrives as an event as well (IAnnotationModelListenerExtension)
	}

	private static List<Annotation> all(IAnnotationModel model) {
		List<Annotation> annotations = new ArrayList<>();
		for (Iterator<Annotation> iterator = model.getAnnotationIterator(); iterator.hasNext();) {
			annotations.add(iterator.next());
		}
		return annotations;
	}

	// The model owns the marker annotations: a change of one reaches the editor's painters and rulers.
	private static void setHidden(IAnnotationModel model, List<Annotation> annotations, boolean hidden) {
		for (Annotation annotation : annotations) {
			if (isProblemMarker(annotation) && annotation.isMarkedDeleted() != hidden) {
				annotation.markDeleted(hidden);
				Position position = model.getPosition(annotation);
				if (model instanceof IAnnotationModelExtension extension && position != null) {
					extension.modifyAnnotationPosition(annotation, position);
				}
			}
		}
	}

	private static boolean isProblemMarker(Annotation annotation) {
		if (annotation instanceof MarkerAnnotation markerAnnotation) {
			IMarker marker = markerAnnotation.getMarker();
			try {
				return marker.exists() && marker.isSubtypeOf(ProblemMarkers.TYPE);
			} catch (CoreException e) {
				return false; // deleted meanwhile
			}
		}
		return false;
	}
}
