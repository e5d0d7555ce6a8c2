package org.pcchat.dsl.ide.contentassist;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.pcchat.dsl.parser.RecoveryGrammar;

import com.google.inject.Inject;

/**
 * Xtext's proposals, without the keywords of the rules that read unknown text: the grammar accepts
 * them anywhere an element may start only so that a typo costs one element, not to be written.
 */
public class PctopoContentProposalProvider extends IdeContentProposalProvider {

	@Inject
	private RecoveryGrammar recoveryGrammar;

	@Override
	protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
		return !recoveryGrammar.isUnknownText(GrammarUtil.containingRule(keyword)) && super.filterKeyword(keyword, context);
	}
}
