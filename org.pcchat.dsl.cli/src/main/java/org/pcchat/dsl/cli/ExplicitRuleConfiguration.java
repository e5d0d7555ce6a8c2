package org.pcchat.dsl.cli;

import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.pcchat.dsl.rules.config.RuleConfiguration;
import org.pcchat.dsl.rules.config.RuleConfigurationParser;
import org.pcchat.dsl.rules.config.RuleConfigurations;

import com.google.inject.Inject;

/**
 * {@code --config FILE}: one pcchat.json for every topology of the run, instead of the one found
 * beside each. It is parsed by the runtime's parser, so its mistakes are reported as PC901 like
 * those of a pcchat.json found on disk.
 */
final class ExplicitRuleConfiguration extends RuleConfigurations {

	private final Path file;
	private final String text;
	private RuleConfiguration configuration;

	/** {@code text} is the content of {@code file}, already read as UTF-8 by the command line. */
	ExplicitRuleConfiguration(Path file, String text) {
		this.file = file.toAbsolutePath().normalize();
		this.text = text;
	}

	// Called by Guice when the injector is created: the file is parsed once per run.
	@Inject
	void parse(RuleConfigurationParser parser) {
		configuration = parser.parse(file, text);
	}

	@Override
	public RuleConfiguration forUri(URI uri) {
		return configuration;
	}
}
