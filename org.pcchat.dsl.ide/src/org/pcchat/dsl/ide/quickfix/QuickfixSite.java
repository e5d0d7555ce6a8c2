package org.pcchat.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;

/** The diagnostic a quick fix is asked for, with the resource and the document it was reported in. */
public record QuickfixSite(ICodeActionService2.Options options, Diagnostic diagnostic) {

	public XtextResource resource() {
		return (XtextResource) options.getResource();
	}

	public Document document() {
		return options.getDocument();
	}

	/** Where the diagnostic starts, as an offset in the document. */
	public int offset() {
		return document().getOffSet(diagnostic.getRange().getStart());
	}

	/** The text the diagnostic marks. */
	public String markedText() {
		return document().getSubstring(diagnostic.getRange());
	}

	/** The issue data the check passed for the fix (see the comment at its report call); empty when none. */
	public List<String> data() {
		return IssueData.of(diagnostic);
	}
}
