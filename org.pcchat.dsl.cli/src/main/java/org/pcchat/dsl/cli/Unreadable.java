package org.pcchat.dsl.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The inputs of a run that could not be read, each with its problem. A run reads every file it can,
 * reports each of these in one line on standard error, and ends with exit code 2 when there was
 * any: one Latin-1 file in a folder of topologies does not hide the others' diagnostics.
 */
final class Unreadable {

	private final List<InputException> problems = new ArrayList<>();

	void addAll(List<InputException> more) {
		problems.addAll(more);
	}

	void add(InputException problem) {
		problems.add(problem);
	}

	int count() {
		return problems.size();
	}

	boolean isEmpty() {
		return problems.isEmpty();
	}

	List<InputException> problems() {
		return List.copyOf(problems);
	}

	/** One line per input, {@code pcchat: error: PATH: PROBLEM}; with --verbose, each with its stack trace. */
	void report(PrintWriter err, boolean verbose) {
		for (InputException problem : problems) {
			err.println(Cli.PREFIX + problem.getMessage());
			if (verbose) {
				problem.printStackTrace(err);
			}
		}
		err.flush();
	}

	/** "1 file could not be read", "3 files could not be read". */
	static String couldNotBeRead(int count) {
		return count + (count == 1 ? " file" : " files") + " could not be read";
	}
}
