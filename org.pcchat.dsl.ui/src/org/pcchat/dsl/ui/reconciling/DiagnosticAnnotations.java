package org.pcchat.dsl.ui.reconciling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/**
 * The editor's diagnostic annotations in two groups: the fast and normal checks, replaced after
 * every pause in typing, and the expensive checks, replaced only when every check runs (on
 * opening and saving), so typing does not make them flicker away.
 */
final class DiagnosticAnnotations {

	private final List<Annotation> typing = new ArrayList<>();
	private final List<Annotation> expensive = new ArrayList<>();

	/** Replaces the fast and normal diagnostics. */
	synchronized void publishTyping(IAnnotationModel model, List<Issue> issues) {
		replace(model, typing, issues);
	}

	/** Replaces the expensive diagnostics, leaving out any the typing group already shows. */
	synchronized void publishExpensive(IAnnotationModel model, List<Issue> issues, List<Issue> alreadyShown) {
		List<Issue> onlyExpensive = issues.stream()
				.filter(issue -> alreadyShown.stream().noneMatch(shown -> sameDiagnostic(issue, shown)))
				.toList();
		replace(model, expensive, onlyExpensive);
	}

	synchronized void removeAll(IAnnotationModel model) {
		replace(model, typing, List.of());
		replace(model, expensive, List.of());
	}

	private static void replace(IAnnotationModel model, List<Annotation> group, List<Issue> issues) {
		Map<Annotation, Position> added = new HashMap<>();
		for (Issue issue : issues) {
			if (issue.getSeverity() != Severity.IGNORE && issue.getOffset() != null) {
				int length = issue.getLength() == null ? 0 : issue.getLength();
				added.put(new DiagnosticAnnotation(issue), new Position(issue.getOffset(), length));
			}
		}
		Annotation[] removed = group.toArray(Annotation[]::new);
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(removed, added);
		} else {
			for (Annotation annotation : removed) {
				model.removeAnnotation(annotation);
			}
			added.forEach(model::addAnnotation);
		}
		group.clear();
		group.addAll(added.keySet());
	}

	private static boolean sameDiagnostic(Issue one, Issue other) {
		return Objects.equals(one.getCode(), other.getCode())
				&& Objects.equals(one.getOffset(), other.getOffset())
				&& Objects.equals(one.getMessage(), other.getMessage());
	}
}
