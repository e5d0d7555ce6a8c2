package org.pcchat.dsl.rules.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.diagnostics.Severity;
import org.pcchat.dsl.rules.Rule;

/**
 * The rule levels a {@code pcchat.json} sets for the topologies in its folder and below, and the
 * problems found in it. Entries with a problem are left out; the others apply.
 */
public record RuleConfiguration(Path file, Map<String, RuleLevel> levels, List<ConfigurationProblem> problems) {

	/** No configuration file: every rule keeps the severity its check reports. */
	public static final RuleConfiguration NONE = new RuleConfiguration(null, Map.of(), List.of());

	public RuleConfiguration {
		levels = Map.copyOf(levels);
		problems = List.copyOf(problems);
	}

	/**
	 * The severity to report {@code rule} with when its check asks for {@code requested}: the configured
	 * level replaces it for configurable rules; null means the rule is {@code off}.
	 */
	public Severity severity(Rule rule, Severity requested) {
		RuleLevel level = levels.get(rule.id());
		if (level == null || !rule.isConfigurable()) {
			return requested;
		}
		return level.severity();
	}
}
