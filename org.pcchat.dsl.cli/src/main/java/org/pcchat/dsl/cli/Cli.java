package org.pcchat.dsl.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** How every pcchat command runs and fails: one line per problem, details only with --verbose. */
final class Cli {

  static final int EXIT_CLEAN = 0;
  static final int EXIT_FINDINGS = 1;
  static final int EXIT_ERROR = 2;

  private static final String PREFIX = "pcchat: error: ";

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
    commandLine.getErr().println(PREFIX + error.getMessage() + " (see '" + help + "')");
    return EXIT_ERROR;
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
