package org.pcchat.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.pcchat.dsl.validation.Rules;

import com.google.inject.Inject;

/**
 * The quick fixes of the rule catalogue's rules (those with {@code quickfix = true}), written once
 * against Xtext's IDE API so that the language server and the Eclipse plugin share them. One
 * {@code @QuickFix(Rules.X)} method per fix; it finds the diagnostic it is asked for in
 * {@link #site()} and proposes resolutions in order, the most likely first.
 */
public class PctopoQuickfixProvider extends AbstractDeclarativeIdeQuickfixProvider {

	private final ThreadLocal<QuickfixSite> site = new ThreadLocal<>();

	@Inject
	private ReferenceCandidates referenceCandidates;

	@Override
	public List<DiagnosticResolution> getResolutions(Options options, Diagnostic diagnostic) {
		site.set(new QuickfixSite(options, diagnostic));
		try {
			return super.getResolutions(options, diagnostic);
		} finally {
			site.remove();
		}
	}

	/** The diagnostic being fixed: the declarative API hands fix methods only the acceptor. */
	protected QuickfixSite site() {
		return site.get();
	}

	// PC002 (LANGUAGE.md "File and names"): one resolution per declared name of the expected kind.
	@QuickFix(Rules.UNRESOLVED_REFERENCE)
	public void proposeDeclaredNames(DiagnosticResolutionAcceptor acceptor) {
		for (String name : referenceCandidates.rankedFor(site())) {
			acceptor.accept("Change to '" + name + "'",
					(diagnostic, element, document) -> createTextEdit(diagnostic, name));
		}
	}
}
