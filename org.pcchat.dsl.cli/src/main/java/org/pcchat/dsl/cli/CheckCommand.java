package org.pcchat.dsl.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.pcchat.dsl.rules.RuleCatalogue;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `pcchat check`: parse, link and validate topologies and report what is wrong with them. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
		description = {
				"Checks topologies: parses, links and validates .pctopo files.",
				"Text output: one line per problem, PATH:LINE:COLUMN: SEVERITY: MESSAGE [RULE], then a summary."},
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = {
				"0:nothing at the --fail-on level (findings below it may have been reported)",
				"1:findings at the --fail-on level or above",
				"2:usage error, or a file that cannot be read (the others are checked and reported)"})
final class CheckCommand implements Callable<Integer> {

	// Lower case because picocli matches and lists the constants' names as the option's values.
	enum Format { text, json, sarif }

	/** The lowest severity that makes the run fail. */
	enum FailOn { error, warning }

	@Spec
	private CommandSpec spec;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
	private Format format;

	@Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
			description = "Exit with 1 when there are findings at this level or above: "
					+ "${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
	private FailOn failOn;

	@Mixin
	private ConfigOption config;

	@Mixin
	private RulesPage rulesPage;

	@Mixin
	private MaxSizeOption maxSize;

	@Mixin
	private TopologyPaths paths;

	@Override
	public Integer call() throws InputException {
		InputFiles.Inputs inputs = paths.inputs();
		URI page = format == Format.sarif ? rulesPage.page() : null;
		TopologyChecker checker = config.checker();
		TopologyChecker.Loaded loaded = checker.load(inputs.files(), maxSize.limit());
		Unreadable unreadable = new Unreadable();
		unreadable.addAll(inputs.unreadable());
		unreadable.addAll(loaded.unreadable());
		unreadable.report(spec.commandLine().getErr(), Cli.isVerbose(spec.root().commandLine().getParseResult()));
		if (loaded.resources().isEmpty()) {
			return Cli.EXIT_ERROR;
		}
		List<FileReport> reports = checker.check(loaded.resources());
		PrintWriter out = spec.commandLine().getOut();
		switch (format) {
			case text -> TextReport.write(reports, unreadable, out);
			case json -> JsonReport.write(reports, unreadable, out);
			case sarif -> new SarifReport(List.copyOf(checker.get(RuleCatalogue.class).all()), page,
					new ArtifactUris(Path.of(""))).write(List.copyOf(loaded.resources().keySet()), reports, unreadable, out);
		}
		if (!unreadable.isEmpty()) {
			return Cli.EXIT_ERROR;
		}
		return fails(Summary.of(reports, unreadable)) ? Cli.EXIT_FINDINGS : Cli.EXIT_CLEAN;
	}

	private boolean fails(Summary summary) {
		return switch (failOn) {
			case error -> summary.errors() > 0;
			case warning -> summary.errors() + summary.warnings() > 0;
		};
	}
}
