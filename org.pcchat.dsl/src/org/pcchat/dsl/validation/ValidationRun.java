package org.pcchat.dsl.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.pcchat.dsl.rules.config.RuleConfiguration;
import org.pcchat.dsl.rules.suppression.Suppression;

/**
 * What one validation run of a topology shares between its checks: the rule configuration, the
 * suppression comments, and which suppressions held back a diagnostic (for PC903). It lives in the
 * run's context map, so concurrent runs of the same topology never see each other's state.
 */
public final class ValidationRun {

	private final RuleConfiguration configuration;
	private final List<Suppression> suppressions;
	private final Set<Suppression.Mention> used = new HashSet<>();

	ValidationRun(RuleConfiguration configuration, List<Suppression> suppressions) {
		this.configuration = configuration;
		this.suppressions = suppressions;
	}

	public RuleConfiguration configuration() {
		return configuration;
	}

	public List<Suppression> suppressions() {
		return suppressions;
	}

	/** Whether a comment suppresses {@code ruleId} on this feature of {@code source}; remembers the ones that do. */
	boolean suppresses(String ruleId, EObject source, EStructuralFeature feature) {
		boolean suppressed = false;
		for (Suppression suppression : suppressions) {
			if (suppression.covers(source, feature)) {
				for (Suppression.Mention mention : suppression.mentions()) {
					if (mention.isValid() && mention.ruleId().equals(ruleId)) {
						used.add(mention);
						suppressed = true;
					}
				}
			}
		}
		return suppressed;
	}

	/** Whether the mention held back at least one diagnostic in this run so far. */
	public boolean wasUsed(Suppression.Mention mention) {
		return used.contains(mention);
	}
}
