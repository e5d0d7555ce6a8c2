package org.pcchat.dsl.tests.validation;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Check;
import org.pcchat.dsl.pctopo.Topology;
import org.pcchat.dsl.rules.Rules;
import org.pcchat.dsl.validation.PctopoConcernValidator;

/**
 * A test-only rule with two severities through {@code reportAs}, as PC605 has: it marks the name of
 * a topology named {@code Weak...} as an error and of any other as a warning, under PC605's ID.
 */
public class TwoLevelTestRule extends PctopoConcernValidator {

	@Check
	public void reportOnTopologyName(Topology topology) {
		Severity severity = topology.getName().startsWith("Weak") ? Severity.ERROR : Severity.WARNING;
		reportAs(severity, Rules.CERTIFICATE_KEY_SIZE, "test rule reporting " + severity, topology,
				nameFeature(topology), INSIGNIFICANT_INDEX);
	}
}
