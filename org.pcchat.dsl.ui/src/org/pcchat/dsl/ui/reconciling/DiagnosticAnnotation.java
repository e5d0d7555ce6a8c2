package org.pcchat.dsl.ui.reconciling;

import org.eclipse.jface.text.source.Annotation;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.pcchat.dsl.ui.builder.ProblemMarkers;

/**
 * A diagnostic of the language's validator shown in the editor: squiggles and overview ruler marks
 * come from the annotation type, a subtype of the platform's error / warning / info (plugin.xml).
 */
public final class DiagnosticAnnotation extends Annotation {

	public static final String ERROR_TYPE = "org.pcchat.dsl.ui.diagnostic.error";
	public static final String WARNING_TYPE = "org.pcchat.dsl.ui.diagnostic.warning";
	public static final String INFO_TYPE = "org.pcchat.dsl.ui.diagnostic.info";

	private final String ruleId;
	private final String message;
	private final Severity severity;
	private final String[] data;

	DiagnosticAnnotation(Issue issue) {
		super(typeOf(issue.getSeverity()), false, ProblemMarkers.messageOf(issue));
		this.ruleId = issue.getCode();
		this.message = issue.getMessage();
		this.severity = issue.getSeverity();
		this.data = issue.getData() == null ? new String[0] : issue.getData().clone();
	}

	public Severity severity() {
		return severity;
	}

	/** The values the check passed for its quick fix (Xtext's issue data). */
	public String[] data() {
		return data.clone();
	}

	/** The rule ID (PC201 ...); null for a diagnostic without one. */
	public String ruleId() {
		return ruleId;
	}

	/** The validator's message: the sentence alone, without the rule ID (see {@link #ruleId()}). */
	public String message() {
		return message;
	}

	private static String typeOf(Severity severity) {
		return switch (severity) {
			case ERROR -> ERROR_TYPE;
			case WARNING -> WARNING_TYPE;
			default -> INFO_TYPE;
		};
	}
}
