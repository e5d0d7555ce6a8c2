package org.pcchat.dsl.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The `pcchat` command: a container for the subcommands that do the work. */
@Command(name = "pcchat", mixinStandardHelpOptions = true, versionProvider = Version.class,
		description = "Tools for Lync Server 2013 Persistent Chat topologies (.pctopo files).",
		subcommands = {CheckCommand.class, GenerateCommand.class, ImportCommand.class, RulesCommand.class,
				LspCommand.class},
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = {
				"0:no findings at the --fail-on level (errors by default)",
				"1:findings at that level; for generate: syntax or reference errors, nothing written",
				"2:usage error, a file that cannot be read, or an output file in the way"})
final class PcchatCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	// Read from the parse result (Cli.isVerbose): that works before and after the subcommand name.
	@Option(names = "--verbose", scope = ScopeType.INHERIT,
			description = "Show stack traces and library log messages when something goes wrong.")
	private boolean verbose;

	/** The command line with pcchat's error handling, for {@link Main} and for tests alike. */
	static CommandLine commandLine() {
		CommandLine commandLine = new CommandLine(new PcchatCommand());
		// --format JSON and --fail-on Warning mean what they say; help still lists the values in lower case.
		commandLine.setCaseInsensitiveEnumValuesAllowed(true);
		commandLine.setParameterExceptionHandler(Cli::reportUsageError);
		commandLine.setExecutionExceptionHandler(Cli::reportExecutionError);
		commandLine.setExecutionStrategy(Cli::execute);
		return commandLine;
	}

	@Override
	public Integer call() {
		throw new ParameterException(spec.commandLine(), "missing command");
	}
}
