package org.pcchat.dsl.rules.suppression;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.pcchat.dsl.model.ElementKinds;
import org.pcchat.dsl.naming.PctopoQualifiedNameProvider;

/**
 * A {@code // pcchat-ignore PC208 PC501: reason} comment. It applies to the element that starts on
 * the next line, with everything the element contains, or, when an attribute starts that line, to
 * that attribute of its element. Offsets are those of the comment (without its line break).
 *
 * @param target  the element it applies to; null when nothing starts on the next line
 * @param feature the attribute it applies to; null when it applies to the whole element
 * @param problem why the comment as a whole is not a valid suppression; null when it is
 */
public record Suppression(int offset, int length, List<Mention> mentions, String reason, EObject target,
		EStructuralFeature feature, String problem) {

	/**
	 * One rule ID written in the comment, at its offset in the document.
	 *
	 * @param problem why this ID suppresses nothing (not a rule, or a rule that cannot be suppressed); null when valid
	 */
	public record Mention(String ruleId, int offset, int length, String problem) {

		public boolean isValid() {
			return problem == null;
		}
	}

	public Suppression {
		mentions = List.copyOf(mentions);
	}

	public boolean hasReason() {
		return !reason.isBlank();
	}

	/** Whether a diagnostic of a named rule on {@code feature} of {@code source} falls under this comment. */
	public boolean covers(EObject source, EStructuralFeature reported) {
		if (target == null || problem != null) {
			return false;
		}
		if (feature != null) {
			return source == target && reported == feature;
		}
		return source == target || EcoreUtil.isAncestor(target, source);
	}

	/** What it applies to, in words: "Persistent Chat pool 'P'" or "the port of Persistent Chat pool 'P'". */
	public String describeTarget() {
		if (feature != null) {
			return "the " + feature.getName().toLowerCase(Locale.ROOT) + " of " + ElementKinds.label(target);
		}
		if (PctopoQualifiedNameProvider.nameOf(target) == null && target.eContainer() != null) {
			return "the " + target.eContainingFeature().getName().toLowerCase(Locale.ROOT) + " of "
					+ ElementKinds.label(target.eContainer()); // os, hardware, installed, certificate
		}
		return ElementKinds.label(target);
	}
}
