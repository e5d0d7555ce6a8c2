package org.pcchat.dsl.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.pcchat.dsl.parser.Tokens;
import org.pcchat.dsl.pctopo.Site;
import org.pcchat.dsl.pctopo.Unknown;
import org.pcchat.dsl.rules.Rules;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The elements whose own text the parser could not read whole: a syntax error or unknown text in
 * it, not in an element it contains. Such an element is judged only by the values it read
 * (docs/LANGUAGE.md): no rule reports what it lacks or how its parts add up, since the
 * missing part may be the text that was not read. An error directly in a site leaves its topology
 * incomplete too (the unread text may be a Front End).
 */
@Singleton
public class UnreadText {

	private static final String UNKNOWN_WORDS = UnreadText.class.getName() + ".unknownWords";

	/** Rules that mark one value but judge it against other elements: what was not read may change the sum. */
	private static final Set<String> ACROSS_ELEMENTS = Set.of(Rules.POOL_USERS_OVER_CAPACITY,
			Rules.DEPLOYMENT_USERS_OVER_CAPACITY, Rules.CERTIFICATE_NAMES);

	@Inject
	private IResourceScopeCache cache;

	/**
	 * Whether a diagnostic of rule {@code ruleId} on {@code feature} of {@code source} must not be
	 * reported: its element was not read whole, and the diagnostic does not mark a value the parser
	 * read; or it judges how several elements add up (pool or deployment capacity, certificate names
	 * against FQDNs) and some text of the topology was not read.
	 */
	public boolean hides(String ruleId, EObject source, EStructuralFeature feature) {
		if (source.eResource() == null) {
			return false;
		}
		Set<EObject> incomplete = incomplete(source.eResource());
		if (ACROSS_ELEMENTS.contains(ruleId)) {
			return !incomplete.isEmpty();
		}
		if (!incomplete.contains(owner(source))) {
			return false;
		}
		boolean marksValue = feature != null && !"name".equals(feature.getName()) && wasRead(source, feature);
		return !marksValue;
	}

	/** Whether the text of the feature's value is there, without a syntax error in it or right before it. */
	private static boolean wasRead(EObject source, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(source, feature);
		if (nodes.isEmpty()) {
			return NodeModelUtils.getNode(source) == null && source.eIsSet(feature); // built in memory
		}
		for (INode node : nodes) {
			ILeafNode before = Tokens.before(node);
			if (node.getText().isBlank() || isUnread(before) || hasError(node)) {
				return false;
			}
		}
		return true;
	}

	private static boolean hasError(INode node) {
		if (node.getSyntaxErrorMessage() != null) {
			return true;
		}
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (isUnread(leaf)) {
				return true;
			}
		}
		return false;
	}

	private static boolean startsUnknownText(ILeafNode token) {
		EObject element = NodeModelUtils.findActualSemanticObjectFor(token);
		return element instanceof Unknown && NodeModelUtils.getNode(element).getOffset() == token.getOffset();
	}

	/** A token with a syntax error, or one the parser skipped to recover from one. */
	private static boolean isUnread(ILeafNode leaf) {
		return leaf != null && !leaf.isHidden()
				&& (leaf.getSyntaxErrorMessage() != null || !(leaf.getGrammarElement() instanceof AbstractElement));
	}

	/** Whether the parser read all the text of {@code element} and of everything it contains. */
	public boolean isReadWhole(EObject element) {
		if (element.eResource() == null) {
			return true;
		}
		Set<EObject> incomplete = incomplete(element.eResource());
		return incomplete.stream().noneMatch(owner -> owner == element || EcoreUtil.isAncestor(element, owner));
	}

	/**
	 * Whether an unresolved reference from {@code source} must not be reported: unknown text may
	 * declare the name (a misspelled {@code sqlsrever SQLPC { ... }} declares {@code SQLPC}), or the
	 * parser took the name while recovering from a syntax error right before it.
	 */
	public boolean hidesUnresolved(EObject source, EReference reference, String name) {
		if (source.eResource() == null) {
			return false;
		}
		Set<String> unknownWords = cache.get(UNKNOWN_WORDS, source.eResource(), () -> unknownWords(source.eResource()));
		for (String part : name.split("\\.")) {
			if (unknownWords.contains(part.strip().toLowerCase(Locale.ROOT))) {
				return true;
			}
		}
		for (INode node : NodeModelUtils.findNodesForFeature(source, reference)) {
			ILeafNode after = Tokens.after(node);
			if (hasError(node) || isUnread(Tokens.before(node)) || isUnread(after) || after != null && startsUnknownText(after)) {
				return true;
			}
		}
		return false;
	}

	private Set<EObject> incomplete(Resource resource) {
		return cache.get(UnreadText.class, resource, () -> find(resource));
	}

	/**
	 * The words of every unknown text's header, before its braces, and the words the parser skipped
	 * to recover from errors, in lower case: names such text may declare.
	 */
	private static Set<String> unknownWords(Resource resource) {
		Set<String> words = new HashSet<>();
		if (resource.getContents().isEmpty()) {
			return words;
		}
		if (resource instanceof XtextResource xtext && xtext.getParseResult() != null
				&& xtext.getParseResult().hasSyntaxErrors()) {
			for (ILeafNode leaf : xtext.getParseResult().getRootNode().getLeafNodes()) {
				if (isUnread(leaf)) {
					words.add(leaf.getText().toLowerCase(Locale.ROOT));
				}
			}
		}
		for (Unknown unknown : EcoreUtil2.eAllOfType(resource.getContents().get(0), Unknown.class)) {
			INode node = NodeModelUtils.getNode(unknown);
			for (ILeafNode leaf : node == null ? List.<ILeafNode>of() : node.getLeafNodes()) {
				if ("{".equals(leaf.getText())) {
					break;
				}
				if (!leaf.isHidden()) {
					words.add(leaf.getText().toLowerCase(Locale.ROOT));
				}
			}
		}
		return words;
	}

	private static Set<EObject> find(Resource resource) {
		Set<EObject> incomplete = new HashSet<>();
		if (resource instanceof XtextResource xtext && xtext.getParseResult() != null) {
			INode lastRead = lastRead(xtext.getParseResult().getRootNode());
			for (INode error : xtext.getParseResult().getSyntaxErrors()) {
				add(incomplete, NodeModelUtils.findActualSemanticObjectFor(error));
				ILeafNode before = Tokens.before(error);
				if (before != null && "}".equals(before.getText())) {
					// a brace too many may have ended the element before the error early
					add(incomplete, NodeModelUtils.findActualSemanticObjectFor(before));
				}
				if (lastRead != null && error.getEndOffset() >= lastRead.getEndOffset()) {
					// the text ends in the error: every element still open there was cut short
					for (EObject open = NodeModelUtils.findActualSemanticObjectFor(lastRead); open != null;
							open = open.eContainer()) {
						add(incomplete, open);
					}
				}
			}
		}
		if (!resource.getContents().isEmpty()) {
			for (Unknown unknown : EcoreUtil2.eAllOfType(resource.getContents().get(0), Unknown.class)) {
				add(incomplete, unknown.eContainer());
			}
		}
		return incomplete;
	}

	/** The last token the parser read as part of the grammar, not skipped. */
	private static INode lastRead(INode root) {
		for (ILeafNode leaf = Tokens.last(root); leaf != null; leaf = Tokens.before(leaf)) {
			if (!isUnread(leaf)) {
				return leaf;
			}
		}
		return null;
	}

	private static void add(Set<EObject> incomplete, EObject element) {
		EObject owner = owner(element);
		if (owner != null && incomplete.add(owner) && owner instanceof Site) {
			incomplete.add(owner.eContainer());
		}
	}

	/** The named element an object belongs to: itself, or the machine its hardware or certificate describes. */
	private static EObject owner(EObject element) {
		EObject owner = element;
		while (owner != null && owner.eClass().getEStructuralFeature("name") == null) {
			owner = owner.eContainer();
		}
		return owner;
	}
}
