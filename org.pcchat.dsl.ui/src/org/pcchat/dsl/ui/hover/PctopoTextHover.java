package org.pcchat.dsl.ui.hover;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.pcchat.dsl.ide.hover.ElementSummary;
import org.pcchat.dsl.ide.hover.HoverContent;
import org.pcchat.dsl.ide.hover.RuleHover;
import org.pcchat.dsl.ui.PctopoUi;
import org.pcchat.dsl.ui.model.TopologyDocuments;
import org.pcchat.dsl.ui.navigation.References;
import org.pcchat.dsl.ui.reconciling.DiagnosticAnnotation;

/**
 * Hover for {@code .pctopo} files (plugin.xml): on a diagnostic the rule's documentation from the
 * catalogue, on a reference a summary of the element it names; the same {@link HoverContent} as the
 * language server's, as plain text, in a {@link HoverControl}.
 */
public class PctopoTextHover implements ITextHover, ITextHoverExtension, ITextHoverExtension2 {

	/** Characters per line: the hover's width, as the platform's hovers are about as wide. */
	static final int WIDTH = 90;

	private final RuleHover rules = PctopoUi.injector().getInstance(RuleHover.class);

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		List<Diagnostic> here = diagnostics(viewer, new Region(offset, 0));
		if (!here.isEmpty()) {
			Position position = here.get(0).position();
			return new Region(position.getOffset(), position.getLength());
		}
		return reference(viewer, offset).map(References.Reference::reference).orElse(null);
	}

	@Override
	public Object getHoverInfo2(ITextViewer viewer, IRegion region) {
		List<HoverContent> sections = new ArrayList<>();
		Set<String> covered = new HashSet<>();
		for (Diagnostic diagnostic : diagnostics(viewer, region)) {
			DiagnosticAnnotation annotation = diagnostic.annotation();
			rules.explain(annotation.ruleId(), annotation.message(), Optional.empty()).ifPresent(rule -> {
				sections.add(rule);
				covered.add(annotation.getText());
			});
		}
		reference(viewer, region.getOffset()).map(References.Reference::aboutTarget).ifPresent(sections::add);
		return sections.isEmpty() ? null
				: new HoverControl.Input(sections.stream().map(section -> section.plain(WIDTH))
						.collect(Collectors.joining("\n\n")), covered);
	}

	@Override
	@Deprecated
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		return getHoverInfo2(viewer, region) instanceof HoverControl.Input input ? input.text() : null;
	}

	@Override
	public IInformationControlCreator getHoverControlCreator() {
		return HoverControl::new;
	}

	private record Diagnostic(DiagnosticAnnotation annotation, Position position) {
	}

	private static List<Diagnostic> diagnostics(ITextViewer viewer, IRegion region) {
		List<Diagnostic> found = new ArrayList<>();
		IAnnotationModel model = viewer instanceof ISourceViewer sourceViewer ? sourceViewer.getAnnotationModel() : null;
		if (model == null) {
			return found;
		}
		Iterator<Annotation> annotations = model.getAnnotationIterator();
		while (annotations.hasNext()) {
			if (annotations.next() instanceof DiagnosticAnnotation diagnostic) {
				Position position = model.getPosition(diagnostic);
				if (position != null && !position.isDeleted() && touches(position, region)) {
					found.add(new Diagnostic(diagnostic, position));
				}
			}
		}
		return found;
	}

	private static boolean touches(Position position, IRegion region) {
		int end = position.getOffset() + position.getLength();
		return region.getOffset() <= end && position.getOffset() <= region.getOffset() + region.getLength();
	}

	private static Optional<References.Reference<HoverContent>> reference(ITextViewer viewer, int offset) {
		IDocument document = viewer.getDocument();
		return document == null ? Optional.empty()
				: References.at(TopologyDocuments.current(document), offset, ElementSummary::of);
	}
}
