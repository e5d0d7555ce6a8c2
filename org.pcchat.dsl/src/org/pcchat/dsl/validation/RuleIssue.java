package org.pcchat.dsl.validation;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.Issue;

/**
 * A diagnostic whose one-line form names its rule: {@link #toString()} is Xtext's
 * {@code SEVERITY:message (uri line : n column : c)} with {@code [PCnnn]} after the message, as
 * xtext-maven-plugin logs it (docs/maven.md). Everything else is the wrapped issue's: the message is
 * the sentence alone and the code is the rule ID, which editors and reports show their own way.
 */
final class RuleIssue implements Issue {

	private final Issue issue;

	RuleIssue(Issue issue) {
		this.issue = issue;
	}

	@Override
	public String toString() {
		URI uri = issue.getUriToProblem();
		return issue.getSeverity().name() + ":" + issue.getMessage()
				+ (issue.getCode() == null ? "" : " [" + issue.getCode() + "]")
				+ " (" + (uri == null ? "" : uri.trimFragment()) + " line : " + issue.getLineNumber() + " column : "
				+ issue.getColumn() + ")";
	}

	@Override
	public Severity getSeverity() {
		return issue.getSeverity();
	}

	@Override
	public String getMessage() {
		return issue.getMessage();
	}

	@Override
	public String getCode() {
		return issue.getCode();
	}

	@Override
	public CheckType getType() {
		return issue.getType();
	}

	@Override
	public URI getUriToProblem() {
		return issue.getUriToProblem();
	}

	@Override
	public Integer getLineNumber() {
		return issue.getLineNumber();
	}

	@Override
	public Integer getLineNumberEnd() {
		return issue.getLineNumberEnd();
	}

	@Override
	public Integer getColumn() {
		return issue.getColumn();
	}

	@Override
	public Integer getColumnEnd() {
		return issue.getColumnEnd();
	}

	@Override
	public Integer getOffset() {
		return issue.getOffset();
	}

	@Override
	public Integer getLength() {
		return issue.getLength();
	}

	@Override
	public boolean isSyntaxError() {
		return issue.isSyntaxError();
	}

	@Override
	public String[] getData() {
		return issue.getData();
	}
}
