package org.pcchat.dsl.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `pcchat check`: parse, link and validate topologies and report what is wrong with them. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = {
        "Checks topologies: parses, links and validates .pctopo files.",
        "Prints one line per problem, PATH:LINE:COLUMN: SEVERITY: MESSAGE [RULE], then a summary."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:no errors (warnings and infos may have been reported)",
        "1:errors found",
        "2:usage error, or a file that cannot be read"})
final class CheckCommand implements Callable<Integer> {

  // Lower case because picocli matches and lists the constants' names as the option's values.
  enum Format { text, json }

  @Spec
  private CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: text (default) or json.")
  private Format format;

  @Parameters(paramLabel = "PATH", arity = "1..*",
      description = "Topology files, or directories to search recursively for *.pctopo files.")
  private List<String> paths;

  @Override
  public Integer call() throws InputException {
    List<SourceFile> files = InputFiles.collect(paths);
    List<FileReport> reports = new TopologyChecker().check(files);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case text -> TextReport.write(reports, out);
      case json -> JsonReport.write(reports, out);
    }
    return Summary.of(reports).errors() > 0 ? Cli.EXIT_FINDINGS : Cli.EXIT_CLEAN;
  }
}
