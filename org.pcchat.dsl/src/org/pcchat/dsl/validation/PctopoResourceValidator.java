package org.pcchat.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.Resource.Diagnostic;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.Issue.IssueImpl;
import org.eclipse.xtext.validation.ResourceValidatorImpl;

/**
 * Xtext's resource validator, with two changes. Its issues name their rule when printed as one line
 * ({@link RuleIssue}). And one case its node model gets wrong: in a text that ends
 * with a lone carriage return (classic Mac line ends, or a CRLF cut in half), the position at the
 * very end throws while being computed (InternalNodeModelUtils), which dropped the syntax error
 * and every other diagnostic of the file. Such a diagnostic is converted here instead.
 * <p>
 * Works around: {@code InternalNodeModelUtils.getLineAndColumn} failing for the offset after a
 * final lone carriage return, reached through {@code DiagnosticConverterImpl}. Upstream issue: none
 * found for this case. Written against Xtext 2.42.0: UpstreamVersionsTest fails when that version
 * changes, so that an upgrade re-examines it (BrokenTextTest shows whether Xtext still needs it).
 */
public class PctopoResourceValidator extends ResourceValidatorImpl {

	@Override
	protected IAcceptor<Issue> createAcceptor(List<Issue> result) {
		return issue -> result.add(new RuleIssue(issue));
	}

	@Override
	protected void collectResourceDiagnostics(Resource resource, CancelIndicator monitor, IAcceptor<Issue> acceptor) {
		String text = endsWithLoneCarriageReturn(resource);
		if (text == null) {
			super.collectResourceDiagnostics(resource, monitor, acceptor);
			return;
		}
		resource.getErrors().forEach(diagnostic -> collect(diagnostic, Severity.ERROR, text, acceptor));
		resource.getWarnings().forEach(diagnostic -> collect(diagnostic, Severity.WARNING, text, acceptor));
	}

	private void collect(Diagnostic diagnostic, Severity severity, String text, IAcceptor<Issue> acceptor) {
		if (diagnostic instanceof AbstractDiagnostic located
				&& located.getOffset() + located.getLength() == text.length()) {
			acceptor.accept(issueAtEnd(located, severity, text));
		} else {
			issueFromXtextResourceDiagnostic(diagnostic, severity, acceptor);
		}
	}

	/** What Xtext's DiagnosticConverterImpl makes of the diagnostic, with positions counted here. */
	private static Issue issueAtEnd(AbstractDiagnostic diagnostic, Severity severity, String text) {
		IssueImpl issue = new IssueImpl();
		issue.setSyntaxError(diagnostic instanceof XtextSyntaxDiagnostic);
		issue.setSeverity(severity);
		issue.setMessage(diagnostic.getMessage());
		issue.setCode(diagnostic.getCode());
		issue.setData(diagnostic.getData());
		issue.setUriToProblem(diagnostic.getUriToProblem());
		issue.setOffset(diagnostic.getOffset());
		issue.setLength(diagnostic.getLength());
		int[] start = lineAndColumn(text, diagnostic.getOffset());
		int[] end = lineAndColumn(text, diagnostic.getOffset() + diagnostic.getLength());
		issue.setLineNumber(start[0]);
		issue.setColumn(start[1]);
		issue.setLineNumberEnd(end[0]);
		issue.setColumnEnd(end[1]);
		return issue;
	}

	/** The text of the parsed resource when it ends with a carriage return alone; else null. */
	private static String endsWithLoneCarriageReturn(Resource resource) {
		if (!(resource instanceof XtextResource xtext) || xtext.getParseResult() == null) {
			return null;
		}
		String text = xtext.getParseResult().getRootNode().getText();
		return text.endsWith("\r") ? text : null;
	}

	/** The 1-based line and column of {@code offset}; CR LF, CR and LF each end a line. */
	static int[] lineAndColumn(String text, int offset) {
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			char c = text.charAt(i);
			boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
			if (c == '\n' || c == '\r' && !crlf) {
				line++;
				lineStart = i + 1;
			}
		}
		return new int[] {line, offset - lineStart + 1};
	}
}
