package org.pcchat.dsl.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** How every pcchat command runs and fails: one line per problem, details only with --verbose. */
final class Cli {

	static final int EXIT_CLEAN = 0;
	static final int EXIT_FINDINGS = 1;
	static final int EXIT_ERROR = 2;

	static final String PREFIX = "pcchat: error: ";

	private Cli() {
	}

	/** Runs the command; a run during which a library logged an error fails as an internal error. */
	static int execute(ParseResult parseResult) {
		PrintWriter err = parseResult.commandSpec().commandLine().getErr();
		LibraryLog log = LibraryLog.install(err, isVerbose(parseResult));
		int exitCode = new CommandLine.RunLast().execute(parseResult);
		return log.errors() > 0 ? EXIT_ERROR : exitCode;
	}

	static int reportUsageError(ParameterException error, String[] args) {
		CommandLine commandLine = error.getCommandLine();
		String help = commandLine.getCommandSpec().qualifiedName() + " --help";
		commandLine.getErr().println(PREFIX + usageProblem(error) + " (see '" + help + "')");
		return EXIT_ERROR;
	}

	/**
	 * picocli's message, except for a mistyped command or option: that is named as such, with the
	 * commands or options it is close to, e.g. "unknown command 'chek'; did you mean 'check'?".
	 */
	private static String usageProblem(ParameterException error) {
		if (!(error instanceof UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
			return error.getMessage();
		}
		String first = unmatched.getUnmatched().get(0);
		CommandLine commandLine = error.getCommandLine();
		boolean command = !unmatched.isUnknownOption() && !commandLine.getSubcommands().isEmpty();
		if (!command && !unmatched.isUnknownOption()) {
			return error.getMessage();
		}
		String unknown = first.contains("=") && !command ? first.substring(0, first.indexOf('=')) : first;
		Set<String> names = command ? commandLine.getSubcommands().keySet()
				: commandLine.getCommandSpec().optionsMap().keySet();
		List<String> suggestions = Suggestions.closest(unknown, names, unmatched.getSuggestions());
		String problem = (command ? "unknown command '" : "unknown option '") + unknown + "'";
		return suggestions.isEmpty() ? problem
				: problem + "; did you mean " + String.join(" or ", suggestions.stream().map(s -> "'" + s + "'").toList()) + "?";
	}

	static int reportExecutionError(Exception error, CommandLine commandLine, ParseResult parseResult) {
		PrintWriter err = commandLine.getErr();
		boolean verbose = isVerbose(parseResult);
		if (error instanceof InputException) {
			err.println(PREFIX + error.getMessage());
		} else {
			String hint = verbose ? "" : " (run again with --verbose for details)";
			err.println("pcchat: internal error: " + error + hint);
		}
		if (verbose) {
			error.printStackTrace(err);
		}
		err.flush();
		return EXIT_ERROR;
	}

	/** Whether --verbose was given to pcchat or to any subcommand on the way down. */
	static boolean isVerbose(ParseResult parseResult) {
		for (ParseResult result = parseResult; result != null; result = result.subcommand()) {
			if (result.hasMatchedOption("--verbose")) {
				return true;
			}
		}
		return false;
	}
}
