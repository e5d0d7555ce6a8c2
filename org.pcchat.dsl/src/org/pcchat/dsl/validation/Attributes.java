package org.pcchat.dsl.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
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
		if (NodeModelUtils.getNode(element) == null) {
			return element.eIsSet(feature); // built in memory, not parsed
		}
		// A syntax error right after the keyword leaves the attribute's nodes without a value.
		return element.eGet(feature, false) != null && !NodeModelUtils.findNodesForFeature(element, feature).isEmpty();
	}
}
