package org.pcchat.dsl.ide.contentassist;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.pcchat.dsl.model.Values;
import org.pcchat.dsl.model.Vocabulary;
import org.pcchat.dsl.parser.RecoveryGrammar;

import com.google.inject.Inject;

/**
 * Content assist for the editors (Eclipse and the language server): where a value is expected, the
 * values the language knows in their canonical spelling, matched case-insensitively against what is
 * typed; keywords only where they are keywords, not where a name or a value is expected (the grammar
 * accepts keywords there, which Xtext would otherwise propose), nor those of unknown text.
 */
public class PctopoContentProposalProvider extends IdeContentProposalProvider {

	@Inject
	private RecoveryGrammar recoveryGrammar;

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		Vocabulary<?> vocabulary = Values.vocabularyOf(feature(assignment));
		if (vocabulary == null) {
			super._createProposals(assignment, context, acceptor);
			return;
		}
		for (String literal : vocabulary.literals()) {
			ContentAssistEntry entry = getProposalCreator().createProposal(literal, context, e -> {
				e.setKind(ContentAssistEntry.KIND_VALUE);
				e.setDescription(vocabulary.noun());
			});
			if (entry != null) {
				acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
			}
		}
	}

	/**
	 * Whether to propose the keyword (Xtext's name notwithstanding, true proposes it): not where a
	 * name or a value is expected, nor where the grammar reads unknown text, which it accepts
	 * anywhere an element may start only so that a typo costs one element.
	 */
	@Override
	protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
		AbstractRule rule = GrammarUtil.containingRule(keyword);
		Assignment assignment = GrammarUtil.containingAssignment(keyword);
		boolean inName = rule != null && "Name".equals(rule.getName());
		boolean inValue = assignment != null && Values.vocabularyOf(feature(assignment)) != null;
		return !inName && !inValue && !recoveryGrammar.isUnknownText(rule) && super.filterKeyword(keyword, context);
	}

	/** The model feature an assignment of the grammar sets; null for fragments' and actions'. */
	private static EStructuralFeature feature(Assignment assignment) {
		ParserRule rule = GrammarUtil.containingParserRule(assignment);
		if (rule == null || rule.getType() == null || !(rule.getType().getClassifier() instanceof EClass type)) {
			return null;
		}
		return type.getEStructuralFeature(assignment.getFeature());
	}
}
