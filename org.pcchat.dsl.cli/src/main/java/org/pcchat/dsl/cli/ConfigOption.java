package org.pcchat.dsl.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Option;

/** {@code --config FILE}: which pcchat.json sets the rule levels, and the checker that applies it. */
final class ConfigOption {

	@Option(names = "--config", paramLabel = "FILE",
			description = {"A pcchat.json to use for every topology, instead of the pcchat.json found in "
					+ "each topology's folder or the nearest folder above it (docs/rules.md, 'Configuring rules')."})
	private Path file;

	/** The checker of this run, with the rule levels of --config or of the files found on disk. */
	TopologyChecker checker() throws InputException {
		if (file == null) {
			return new TopologyChecker();
		}
		String name = "--config " + file;
		if (!Files.isRegularFile(file)) {
			throw new InputException(name, Files.exists(file) ? "not a regular file" : "no such file");
		}
		return new TopologyChecker(new ExplicitRuleConfiguration(file, new SourceFile(name, file).read(MaxSizeOption.DEFAULT_LIMIT)));
	}
}
