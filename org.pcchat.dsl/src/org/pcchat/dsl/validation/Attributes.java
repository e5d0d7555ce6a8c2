package org.pcchat.dsl.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Whether an optional attribute was written. Enum and number attributes have defaults in the
 * model ({@code edition} reads {@code Express}, {@code port} reads 0 when absent), and absent
 * attributes are unknown, not wrong (DOMAIN.md section 2), so checks ask the text.
 */
public final class Attributes {

	private Attributes() {
	}

	public static boolean isSpecified(EObject element, EStructuralFeature feature) {
		if (element == null) {
			return false;
		}
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		if (node == null) {
			return element.eIsSet(feature); // built in memory, not parsed
		}
		// A syntax error right after the keyword leaves the attribute's nodes without a value.
		if (element.eGet(feature, false) == null) {
			return false;
		}
		INode first = node.getFirstChild();
		if (node.getGrammarElement() instanceof Action action) {
			// {Hardware} creates the element: its first child is the rule call the action follows.
			if (node.getSemanticElement() != element || first == null) {
				return !NodeModelUtils.findNodesForFeature(element, feature).isEmpty();
			}
			if (feature.getName().equals(action.getFeature())) {
				return true;
			}
			first = first.getNextSibling();
		}
		Boolean assigned = assigns(first, feature.getName());
		return assigned != null ? assigned : !NodeModelUtils.findNodesForFeature(element, feature).isEmpty();
	}

	/**
	 * Whether {@code first}, a node after it or a node below them assigns the feature, as
	 * NodeModelUtils.findNodesForFeature finds it, but stopping at the first and skipping whitespace:
	 * checks ask this for most elements, and that walk collects every node of the element into a list.
	 * Null: an action below, which only Xtext's walk handles.
	 */
	private static Boolean assigns(INode first, String feature) {
		for (INode child = first; child != null; child = child.getNextSibling()) {
			if (child instanceof ILeafNode leaf && leaf.isHidden()) {
				continue;
			}
			EObject grammarElement = child.getGrammarElement();
			if (grammarElement instanceof Action) {
				return null;
			}
			Assignment assignment = grammarElement == null ? null : GrammarUtil.containingAssignment(grammarElement);
			if (assignment != null) {
				if (feature.equals(assignment.getFeature())) {
					return true;
				}
			} else if (child instanceof ICompositeNode composite) {
				Boolean below = assigns(composite.getFirstChild(), feature);
				if (below == null || below) {
					return below;
				}
			}
		}
		return false;
	}
}
