package org.pcchat.dsl.ide.contentassist;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
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
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.pcchat.dsl.model.Machines;
import org.pcchat.dsl.model.Values;
import org.pcchat.dsl.model.Vocabulary;
import org.pcchat.dsl.parser.RecoveryGrammar;
import org.pcchat.dsl.pctopo.Installed;
import org.pcchat.dsl.pctopo.PctopoPackage;

import com.google.inject.Inject;

/**
 * Content assist for the editors (Eclipse and the language server): where a value is expected, the
 * values the language knows in their canonical spelling, matched case-insensitively against what is
 * typed; keywords only where they are keywords, not where a name or a value is expected (the grammar
 * accepts keywords there, which Xtext would otherwise propose), nor those of unknown text. Where a
 * data center or an installed item goes, also the data centers and hotfixes the topology already names.
 */
public class PctopoContentProposalProvider extends IdeContentProposalProvider {

	@Inject
	private RecoveryGrammar recoveryGrammar;

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		EStructuralFeature feature = feature(assignment);
		if (feature != null && "datacenter".equals(feature.getName())) {
			for (String datacenter : writtenElsewhere(context, element -> Machines.datacenter(element) == null
					? List.of() : List.of(Machines.datacenter(element)))) {
				propose(datacenter, "data center", context, acceptor);
			}
			return;
		}
		Vocabulary<?> vocabulary = Values.vocabularyOf(feature);
		if (vocabulary == null) {
			super._createProposals(assignment, context, acceptor);
			return;
		}
		for (String literal : vocabulary.literals()) {
			propose(literal, vocabulary.noun(), context, acceptor);
		}
		if (feature == PctopoPackage.Literals.INSTALLED__ITEMS) {
			for (String hotfix : writtenElsewhere(context,
					element -> element instanceof Installed installed ? Values.hotfixes(installed) : List.of())) {
				propose(hotfix, "hotfix", context, acceptor);
			}
		}
	}

	private void propose(String value, String description, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		ContentAssistEntry entry = getProposalCreator().createProposal(value, context, e -> {
			e.setKind(ContentAssistEntry.KIND_VALUE);
			e.setDescription(description);
		});
		if (entry != null) {
			acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
		}
	}

	/**
	 * The words the topology already has for a feature (data centers, hotfixes), so that each is
	 * written the same way everywhere: those of every element but the one the caret is in, first
	 * spelling of each ignoring case, in order.
	 */
	private static Collection<String> writtenElsewhere(ContentAssistContext context,
			Function<EObject, List<String>> words) {
		Map<String, String> written = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		if (context.getRootModel() == null) {
			return List.of();
		}
		for (Iterator<EObject> elements = context.getRootModel().eAllContents(); elements.hasNext();) {
			EObject element = elements.next();
			ICompositeNode node = NodeModelUtils.getNode(element);
			boolean atCaret = node != null && node.getOffset() <= context.getOffset()
					&& context.getOffset() <= node.getEndOffset();
			if (!atCaret) {
				words.apply(element).forEach(word -> written.putIfAbsent(word, word));
			}
		}
		return written.values();
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
