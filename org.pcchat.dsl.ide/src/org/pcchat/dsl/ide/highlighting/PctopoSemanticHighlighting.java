package org.pcchat.dsl.ide.highlighting;

import java.util.Iterator;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.lsp4j.SemanticTokenModifiers;
import org.eclipse.lsp4j.SemanticTokenTypes;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.pcchat.dsl.ide.ElementStyle;
import org.pcchat.dsl.model.Values;

/**
 * Highlighting for the language server's semantic tokens, complete on its own so that editors
 * without a grammar for .pctopo colour it too: keywords, values (SQL2012, MSMQ...), strings,
 * numbers and comments from the tokens; names and references by the kind of element they denote
 * ({@link ElementStyle}), names where they are declared with the {@code declaration} modifier; data
 * centers as namespaces (places, as sites are), never declared.
 * Style IDs are LSP token types and modifiers, which Xtext's semantic tokens service matches by name.
 */
public class PctopoSemanticHighlighting extends DefaultSemanticHighlightingCalculator {

	/** The grammar's features that hold values: version, edition, arch, state, kind, items. */
	private static final Set<String> VALUE_FEATURES = Values.valueAttributes().stream().map(a -> a.getName())
			.collect(Collectors.toUnmodifiableSet());

	@Override
	protected void doProvideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancelIndicator) {
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			String style = tokenStyle(leaf);
			if (style != null) {
				acceptor.addPosition(leaf.getOffset(), leaf.getLength(), style);
			}
		}
		for (Iterator<EObject> elements = resource.getAllContents(); elements.hasNext();) {
			if (cancelIndicator.isCanceled()) {
				return;
			}
			EObject element = elements.next();
			highlightName(element, acceptor);
			highlightReferences(element, acceptor);
		}
	}

	/** The style a token has whatever it means; null for names, references and punctuation. */
	private static String tokenStyle(ILeafNode leaf) {
		EObject grammarElement = leaf.getGrammarElement();
		if (isValue(grammarElement)) {
			return SemanticTokenTypes.EnumMember;
		}
		if (isDatacenter(grammarElement)) {
			return SemanticTokenTypes.Namespace; // a place, as a site is; declared nowhere
		}
		AbstractRule container = GrammarUtil.containingRule(grammarElement);
		if (container != null && "Name".equals(container.getName())) {
			return null; // a name, perhaps a keyword: coloured as the element it names
		}
		if (container != null && container.getName().startsWith("Joined")) {
			return SemanticTokenTypes.Number; // 64GB, 2.26GHz
		}
		if (grammarElement instanceof Keyword keyword) {
			if (isDecimalPoint(leaf)) {
				return SemanticTokenTypes.Number;
			}
			return Character.isLetter(keyword.getValue().charAt(0)) ? SemanticTokenTypes.Keyword : null;
		}
		AbstractRule rule = grammarElement instanceof RuleCall call ? call.getRule()
				: grammarElement instanceof TerminalRule terminal ? terminal : null;
		if (!(rule instanceof TerminalRule)) {
			return null;
		}
		return switch (rule.getName()) {
			case "STRING" -> SemanticTokenTypes.String;
			case "INT", "SERVICE_PACK" -> SemanticTokenTypes.Number;
			case "ML_COMMENT", "SL_COMMENT" -> SemanticTokenTypes.Comment;
			default -> null;
		};
	}

	/** A word assigned to a value attribute (SQL2012, Standard, MSMQ...), known or not. */
	private static boolean isValue(EObject grammarElement) {
		Assignment assignment = grammarElement == null ? null : GrammarUtil.containingAssignment(grammarElement);
		return assignment != null && VALUE_FEATURES.contains(assignment.getFeature());
	}

	private static boolean isDatacenter(EObject grammarElement) {
		Assignment assignment = grammarElement == null ? null : GrammarUtil.containingAssignment(grammarElement);
		return assignment != null && "datacenter".equals(assignment.getFeature());
	}

	// The '.' of a decimal such as 2.26 is part of the number.
	private static boolean isDecimalPoint(ILeafNode leaf) {
		return leaf.getParent() != null && leaf.getParent().getGrammarElement() instanceof RuleCall call
				&& "Decimal".equals(call.getRule().getName());
	}

	private void highlightName(EObject element, IHighlightedPositionAcceptor acceptor) {
		ElementStyle style = ElementStyle.of(element);
		if (style != null && element.eClass().getEStructuralFeature("name") instanceof EAttribute name) {
			highlightFeature(acceptor, element, name, style.tokenType(), SemanticTokenModifiers.Declaration);
		}
	}

	private void highlightReferences(EObject element, IHighlightedPositionAcceptor acceptor) {
		for (EReference reference : element.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer() || reference.isMany()) {
				continue;
			}
			EObject target = (EObject) element.eGet(reference, true);
			ElementStyle style = target == null || target.eIsProxy() ? null : ElementStyle.of(target);
			if (style != null) {
				for (INode node : NodeModelUtils.findNodesForFeature(element, reference)) {
					highlightNode(acceptor, node, style.tokenType());
				}
			}
		}
	}
}
