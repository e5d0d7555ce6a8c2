package org.pcchat.dsl.validation;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.validation.Check;
import org.pcchat.dsl.pctopo.Topology;
import org.pcchat.dsl.rules.Rules;
import org.pcchat.dsl.rules.config.ConfigurationProblem;
import org.pcchat.dsl.rules.config.RuleConfiguration;
import org.pcchat.dsl.rules.config.RuleConfigurations;

/**
 * Problems of the {@code pcchat.json} that applies to a topology (PC901). They are reported on the
 * topology's name, so that the command line and every editor show them like any other diagnostic.
 */
public class ConfigurationValidator extends PctopoConcernValidator {

	// docs/rules.md "Configuring rules": a mistake in pcchat.json must not silently change the checks.
	@Check
	public void checkConfigurationFile(Topology topology) {
		RuleConfiguration configuration = run(topology).configuration();
		String file = RuleConfigurations.displayName(configuration, topology.eResource());
		for (ConfigurationProblem problem : configuration.problems()) {
			// data: the configuration file's URI, then the 1-based line and column of the offending token
			report(Rules.INVALID_CONFIGURATION, file + ":" + problem.line() + ":" + problem.column() + ": "
					+ problem.message(), topology, nameFeature(topology),
					URI.createFileURI(configuration.file().toString()).toString(), String.valueOf(problem.line()),
					String.valueOf(problem.column()));
		}
	}
}
