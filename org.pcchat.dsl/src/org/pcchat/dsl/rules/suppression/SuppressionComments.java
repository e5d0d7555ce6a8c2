package org.pcchat.dsl.rules.suppression;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.pcchat.dsl.rules.Rule;
import org.pcchat.dsl.rules.RuleCatalogue;
import org.pcchat.dsl.services.PctopoGrammarAccess;

import com.google.common.collect.Lists;
import com.google.inject.Inject;

/**
 * Finds the {@code // pcchat-ignore} comments of a topology and what each applies to. Computed once
 * per parse of the resource and shared by every validation run until the text changes.
 */
public class SuppressionComments {

	public static final String KEYWORD = "pcchat-ignore";

	private static final Pattern START = Pattern.compile("//\\s*" + KEYWORD + "(?![\\w-])");
	private static final Pattern TOKEN = Pattern.compile("[^\\s,]+");
	private static final Pattern RULE_ID = Pattern.compile("PC\\d{3}");

	@Inject
	private PctopoGrammarAccess grammar;

	@Inject
	private RuleCatalogue catalogue;

	@Inject
	private IResourceScopeCache cache;

	/** The suppressions written in {@code resource}, in document order. */
	public List<Suppression> of(Resource resource) {
		if (!(resource instanceof XtextResource xtext) || xtext.getParseResult() == null) {
			return List.of();
		}
		return cache.get(SuppressionComments.class, resource, () -> find(xtext.getParseResult().getRootNode()));
	}

	private List<Suppression> find(ICompositeNode root) {
		// Most files have no suppression: a scan of the text is much cheaper than a walk over all tokens.
		if (!root.getText().contains(KEYWORD)) {
			return List.of();
		}
		List<ILeafNode> leaves = Lists.newArrayList(root.getLeafNodes());
		List<Suppression> result = new ArrayList<>();
		for (int i = 0; i < leaves.size(); i++) {
			ILeafNode leaf = leaves.get(i);
			if (leaf.getGrammarElement() == grammar.getSL_COMMENTRule()) {
				String text = leaf.getText().stripTrailing();
				Matcher start = START.matcher(text);
				if (start.lookingAt()) {
					result.add(suppression(root, leaves, i, text, start.end()));
				}
			}
		}
		return result;
	}

	private Suppression suppression(ICompositeNode root, List<ILeafNode> leaves, int index, String text, int rest) {
		ILeafNode comment = leaves.get(index);
		int colon = text.indexOf(':', rest);
		String reason = colon < 0 ? "" : text.substring(colon + 1).strip();
		List<Suppression.Mention> mentions = new ArrayList<>();
		Matcher token = TOKEN.matcher(text).region(rest, colon < 0 ? text.length() : colon);
		while (token.find()) {
			mentions.add(new Suppression.Mention(token.group(), comment.getOffset() + token.start(),
					token.end() - token.start(), problemOf(token.group())));
		}
		if (mentions.isEmpty()) {
			return unplaced(comment, text, reason, "names no rule; write e.g. // " + KEYWORD + " PC208: the reason");
		}
		if (followsCode(root, comment)) {
			return unplaced(comment, text, reason, mentions,
					"must stand on a line of its own, directly before the element it applies to");
		}
		ILeafNode next = firstTokenOfNextLine(leaves, index, comment.getStartLine() + 1);
		EObject element = next == null ? null : outermostElementStartingAt(next);
		if (element != null) {
			return new Suppression(comment.getOffset(), text.length(), mentions, reason, element, null, null);
		}
		EObject owner = next == null ? null : NodeModelUtils.findActualSemanticObjectFor(next);
		EStructuralFeature attribute = owner == null ? null : attributeStartingAt(owner, next);
		if (attribute == null) {
			return unplaced(comment, text, reason, mentions, "is not followed by an element or attribute on the next"
					+ " line; put it on the line directly before the element it applies to");
		}
		return new Suppression(comment.getOffset(), text.length(), mentions, reason, owner, attribute, null);
	}

	private static Suppression unplaced(ILeafNode comment, String text, String reason, String problem) {
		return unplaced(comment, text, reason, List.of(), problem);
	}

	private static Suppression unplaced(ILeafNode comment, String text, String reason,
			List<Suppression.Mention> mentions, String problem) {
		return new Suppression(comment.getOffset(), text.length(), mentions, reason, null, null, problem);
	}

	/** Why {@code id} cannot be suppressed, or null when it can. */
	private String problemOf(String id) {
		if (!RULE_ID.matcher(id).matches()) {
			return "'" + id + "' is not a rule ID; rule IDs are PC followed by three digits";
		}
		if (!catalogue.contains(id)) {
			return "there is no rule " + id + "; pcchat rules lists them";
		}
		Rule rule = catalogue.get(id);
		if (rule.isToolRule()) {
			return id + " (" + rule.title() + ") is about pcchat itself and cannot be suppressed; set its level"
					+ " in pcchat.json instead";
		}
		if (!rule.isSuppressible()) {
			return id + " (" + rule.title() + ") cannot be suppressed; correct the topology instead";
		}
		return null;
	}

	/** Whether the comment ends a line that has text before it. */
	private static boolean followsCode(ICompositeNode root, ILeafNode comment) {
		String text = root.getText();
		for (int i = comment.getOffset() - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
			if (!Character.isWhitespace(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/** The first token after the comment when it is on {@code line}; null when a comment or a blank line intervenes. */
	private static ILeafNode firstTokenOfNextLine(List<ILeafNode> leaves, int index, int line) {
		for (int i = index + 1; i < leaves.size(); i++) {
			ILeafNode leaf = leaves.get(i);
			if (!leaf.isHidden()) {
				return leaf.getStartLine() == line ? leaf : null;
			}
			if (!leaf.getText().isBlank()) {
				return null;
			}
		}
		return null;
	}

	private static EObject outermostElementStartingAt(ILeafNode token) {
		EObject result = null;
		for (EObject element = NodeModelUtils.findActualSemanticObjectFor(token); element != null
				&& startOf(element) == token.getOffset(); element = element.eContainer()) {
			result = element;
		}
		return result;
	}

	private static int startOf(EObject element) {
		INode node = NodeModelUtils.getNode(element);
		return node == null ? -1 : node.getOffset();
	}

	/** The attribute of {@code owner} written first on the token's line, at or after the token. */
	private static EStructuralFeature attributeStartingAt(EObject owner, ILeafNode token) {
		EStructuralFeature result = null;
		int first = Integer.MAX_VALUE;
		for (EStructuralFeature feature : owner.eClass().getEAllStructuralFeatures()) {
			for (INode node : NodeModelUtils.findNodesForFeature(owner, feature)) {
				if (node.getStartLine() == token.getStartLine() && node.getOffset() >= token.getOffset()
						&& node.getOffset() < first) {
					first = node.getOffset();
					result = feature;
				}
			}
		}
		return result;
	}
}
