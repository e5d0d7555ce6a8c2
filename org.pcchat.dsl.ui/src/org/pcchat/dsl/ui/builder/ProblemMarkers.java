package org.pcchat.dsl.ui.builder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.Strings;
import org.eclipse.xtext.validation.Issue;
import org.pcchat.dsl.ui.PctopoUi;

/**
 * The Problems view's entries for topology files: one persistent marker per diagnostic, with the
 * rule ID and the issue data a quick fix needs. The marker type is declared in plugin.xml.
 */
public final class ProblemMarkers {

	/** A problem marker (and text marker) of this plug-in. */
	public static final String TYPE = PctopoUi.BUNDLE_ID + ".problem";

	/** The rule ID of the diagnostic, e.g. {@code PC201}. */
	public static final String RULE_ID = "ruleId";

	/** The values the check passed for its quick fix, packed with Xtext's {@link Strings#pack}. */
	public static final String ISSUE_DATA = "issueData";

	private ProblemMarkers() {
	}

	/** Replaces the file's markers of this type by those of {@code issues}; none for a valid file. */
	public static void replace(IFile file, List<Issue> issues) throws CoreException {
		file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
		for (Issue issue : issues) {
			Integer severity = severityOf(issue.getSeverity());
			if (severity != null) {
				file.createMarker(TYPE, attributesOf(issue, severity));
			}
		}
	}

	/** The issue data a marker carries, unpacked; empty when the check passed none. */
	public static String[] issueData(IMarker marker) {
		String packed = marker.getAttribute(ISSUE_DATA, null);
		return packed == null ? new String[0] : Strings.unpack(packed);
	}

	private static Map<String, Object> attributesOf(Issue issue, int severity) {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.SEVERITY, severity);
		attributes.put(IMarker.MESSAGE, messageOf(issue));
		attributes.put(IMarker.SOURCE_ID, "pcchat");
		if (issue.getLineNumber() != null) {
			attributes.put(IMarker.LINE_NUMBER, issue.getLineNumber());
			attributes.put(IMarker.LOCATION, "line " + issue.getLineNumber());
		}
		if (issue.getOffset() != null && issue.getLength() != null) {
			attributes.put(IMarker.CHAR_START, issue.getOffset());
			attributes.put(IMarker.CHAR_END, issue.getOffset() + issue.getLength());
		}
		if (issue.getCode() != null) {
			attributes.put(RULE_ID, issue.getCode());
		}
		if (issue.getData() != null && issue.getData().length > 0) {
			attributes.put(ISSUE_DATA, Strings.pack(issue.getData()));
		}
		return attributes;
	}

	/** The marker severity of a diagnostic's; null for one switched off. */
	public static Integer severityOf(Severity severity) {
		return switch (severity) {
			case ERROR -> IMarker.SEVERITY_ERROR;
			case WARNING -> IMarker.SEVERITY_WARNING;
			case INFO -> IMarker.SEVERITY_INFO;
			case IGNORE -> null;
		};
	}

	/**
	 * A diagnostic's message as pcchat shows it on one line, in the Problems view and in the editor:
	 * the sentence, then its rule ID, as {@code pcchat check} prints it.
	 */
	public static String messageOf(Issue issue) {
		String code = issue.getCode();
		return code == null ? issue.getMessage() : issue.getMessage() + " [" + code + "]";
	}
}
