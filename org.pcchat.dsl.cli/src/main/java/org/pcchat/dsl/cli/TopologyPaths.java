package org.pcchat.dsl.cli;

import java.util.List;

import picocli.CommandLine.Parameters;

/** The PATH parameters of the commands that read topologies (check, generate). */
final class TopologyPaths {

	@Parameters(paramLabel = "PATH", arity = "1..*",
			description = "Topology files, or directories to search recursively for *.pctopo files.")
	private List<String> paths;

	/** The topology files the paths name, and the paths that cannot be read, as {@link InputFiles#collect} finds them. */
	InputFiles.Inputs inputs() {
		return InputFiles.collect(paths);
	}
}
