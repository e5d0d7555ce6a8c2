package org.pcchat.dsl.ui.quickfix;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.pcchat.dsl.ui.builder.ProblemMarkers;
import org.pcchat.dsl.ui.reconciling.DiagnosticAnnotation;

/**
 * Ctrl+1 on the diagnostics the editor shows live, before the file is saved and built: the same
 * fixes as for markers. A diagnostic with a marker at the same place is left to the Generic
 * Editor's marker quick assist, so that no fix is offered twice.
 */
public class DiagnosticQuickAssistProcessor implements IQuickAssistProcessor {

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof DiagnosticAnnotation diagnostic && !diagnostic.isMarkedDeleted()
				&& diagnostic.ruleId() != null;
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return false;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		IDocument document = context.getSourceViewer().getDocument();
		IAnnotationModel model = context.getSourceViewer().getAnnotationModel();
		IFile file = fileOf(document);
		if (file == null || model == null) {
			return new ICompletionProposal[0];
		}
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (Iterator<Annotation> annotations = model.getAnnotationIterator(); annotations.hasNext();) {
			Annotation annotation = annotations.next();
			Position position = model.getPosition(annotation);
			if (canFix(annotation) && touches(position, context.getOffset())
					&& !hasMarkerAt(model, ((DiagnosticAnnotation) annotation).ruleId(), position)) {
				proposals.addAll(fixes(file, document, (DiagnosticAnnotation) annotation, position));
			}
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	private static List<ICompletionProposal> fixes(IFile file, IDocument document, DiagnosticAnnotation diagnostic,
			Position position) {
		Problem problem = new Problem(diagnostic.ruleId(), diagnostic.data(), diagnostic.message(),
				Objects.requireNonNullElse(ProblemMarkers.severityOf(diagnostic.severity()), IMarker.SEVERITY_INFO),
				position.getOffset(), position.getLength());
		try {
			return TopologyQuickFixes.get().fixes(file, document, problem).stream()
					.<ICompletionProposal>map(fix -> new FixProposal(fix)).toList();
		} catch (CoreException e) {
			ILog.of(DiagnosticQuickAssistProcessor.class).log(e.getStatus());
			return List.of();
		}
	}

	private static boolean touches(Position position, int offset) {
		return position != null && !position.isDeleted() && position.getOffset() <= offset
				&& offset <= position.getOffset() + position.getLength();
	}

	private static boolean hasMarkerAt(IAnnotationModel model, String ruleId, Position position) {
		for (Iterator<Annotation> annotations = model.getAnnotationIterator(); annotations.hasNext();) {
			if (annotations.next() instanceof MarkerAnnotation marker && marker.getMarker().exists()
					&& ruleId.equals(marker.getMarker().getAttribute(ProblemMarkers.RULE_ID, null))
					&& position.equals(model.getPosition(marker))) {
				return true;
			}
		}
		return false;
	}

	private static IFile fileOf(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer == null || buffer.getLocation() == null || buffer.getLocation().segmentCount() < 2) {
			return null;
		}
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(buffer.getLocation());
		return file.exists() ? file : null;
	}

	/** One fix, applied to the document as one undoable change. */
	private record FixProposal(TopologyQuickFixes.Fix fix) implements ICompletionProposal {

		@Override
		public void apply(IDocument document) {
			try {
				TopologyQuickFixes.apply(fix, document);
			} catch (BadLocationException e) {
				ILog.of(DiagnosticQuickAssistProcessor.class).warn("quick fix '" + fix.label() + "' not applied: " + e.getMessage());
			}
		}

		@Override
		public String getDisplayString() {
			return fix.label();
		}

		@Override
		public Point getSelection(IDocument document) {
			return null;
		}

		@Override
		public String getAdditionalProposalInfo() {
			return null;
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public IContextInformation getContextInformation() {
			return null;
		}
	}
}
