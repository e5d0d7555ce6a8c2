package org.pcchat.dsl.validation;

import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.CheckType;
import org.pcchat.dsl.pctopo.Topology;
import org.pcchat.dsl.rules.Rules;
import org.pcchat.dsl.rules.suppression.Suppression;
import org.pcchat.dsl.rules.suppression.SuppressionComments;

import com.google.inject.Inject;

/**
 * Suppressions that held back nothing (PC903). Not composed into {@link PctopoValidator}: the
 * {@link PctopoDiagnostician} runs it after every other check of the run, when the run knows which
 * suppressions were used. Only a run of every check type knows that: an expensive rule suppressed
 * while an editor runs only its fast checks is not unused.
 */
public class UnusedSuppressionValidator extends PctopoConcernValidator {

	@Inject
	private UnreadText unreadText;

	// docs/rules.md "Suppressing a diagnostic": a stale suppression would hide the next real problem.
	@Check(CheckType.EXPENSIVE)
	public void checkSuppressionsSuppressSomething(Topology topology) {
		CheckMode mode = getCheckMode(); // expensive checks ran, or this would not: did the others?
		if (!mode.shouldCheck(CheckType.FAST) || !mode.shouldCheck(CheckType.NORMAL)) {
			return;
		}
		ValidationRun run = run(topology);
		for (Suppression suppression : run.suppressions()) {
			if (suppression.target() != null && !unreadText.isReadWhole(suppression.target())) {
				continue; // what it suppresses may be in the text the parser could not read
			}
			for (Suppression.Mention mention : suppression.mentions()) {
				if (suppression.problem() == null && mention.isValid() && !run.wasUsed(mention)) {
					String rule = mention.ruleId();
					// data: the rule ID to remove from the comment
					reportRange(Rules.UNUSED_SUPPRESSION, SuppressionComments.KEYWORD + " " + rule
							+ " suppresses nothing: no " + rule + " diagnostic is reported on "
							+ suppression.describeTarget() + "; remove " + rule + " from the comment", topology,
							mention.offset(), mention.length(), rule);
				}
			}
		}
	}
}
