package org.pcchat.dsl.cli;

import java.io.PrintWriter;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.LogManager;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;

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

  static int execute(ParseResult parseResult) {
    configureLogging(isVerbose(parseResult));
    return new CommandLine.RunLast().execute(parseResult);
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

  // Xtext logs through log4j; its own configuration would print INFO lines to stdout, which would
  // corrupt JSON output. Silent by default, warnings on stderr with --verbose.
  private static void configureLogging(boolean verbose) {
    LogManager.resetConfiguration();
    Logger root = Logger.getRootLogger();
    if (verbose) {
      root.setLevel(Level.WARN);
      root.addAppender(new ConsoleAppender(new PatternLayout("pcchat: %p: %c: %m%n"), ConsoleAppender.SYSTEM_ERR));
    } else {
      root.setLevel(Level.OFF);
    }
  }
}
