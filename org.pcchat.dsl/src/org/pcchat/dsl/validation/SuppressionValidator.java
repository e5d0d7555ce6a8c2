package org.pcchat.dsl.validation;

import org.eclipse.xtext.validation.Check;
import org.pcchat.dsl.pctopo.Topology;
import org.pcchat.dsl.rules.Rules;
import org.pcchat.dsl.rules.suppression.Suppression;
import org.pcchat.dsl.rules.suppression.SuppressionComments;

/** {@code // pcchat-ignore} comments that cannot work (PC904) or give no reason (PC902). */
public class SuppressionValidator extends PctopoConcernValidator {

	// docs/rules.md "Suppressing a diagnostic": the next reader must be able to judge the exception.
	@Check
	public void checkSuppressionsGiveReasons(Topology topology) {
		for (Suppression suppression : run(topology).suppressions()) {
			if (!suppression.hasReason() && !suppression.mentions().isEmpty()) {
				String rules = String.join(" ", suppression.mentions().stream().map(Suppression.Mention::ruleId).toList());
				reportRange(Rules.SUPPRESSION_WITHOUT_REASON, "This " + SuppressionComments.KEYWORD
						+ " comment gives no reason; say why after a colon: // " + SuppressionComments.KEYWORD + " "
						+ rules + ": why it is acceptable here", topology, suppression.offset(), suppression.length());
			}
		}
	}

	// docs/rules.md "Suppressing a diagnostic": a comment that cannot suppress anything misleads.
	@Check
	public void checkSuppressionsAreValid(Topology topology) {
		for (Suppression suppression : run(topology).suppressions()) {
			if (suppression.problem() != null) {
				reportRange(Rules.INVALID_SUPPRESSION, "This " + SuppressionComments.KEYWORD + " comment "
						+ suppression.problem(), topology, suppression.offset(), suppression.length());
			}
			for (Suppression.Mention mention : suppression.mentions()) {
				if (!mention.isValid()) {
					// data: the text written where a rule ID was expected
					reportRange(Rules.INVALID_SUPPRESSION, SuppressionComments.KEYWORD + ": " + mention.problem(),
							topology, mention.offset(), mention.length(), mention.ruleId());
				}
			}
		}
	}
}
