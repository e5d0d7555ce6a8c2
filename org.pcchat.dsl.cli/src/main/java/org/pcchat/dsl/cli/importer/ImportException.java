package org.pcchat.dsl.cli.importer;

/**
 * An input pcchat import cannot use: the message names the file (and the line where there is
 * one) and the problem in words, for one line on standard error and exit code 2.
 */
public final class ImportException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String where;
	private final String problem;

	public ImportException(String where, String problem) {
		this(where, problem, null);
	}

	public ImportException(String where, String problem, Throwable cause) {
		super(where + ": " + problem, cause);
		this.where = where;
		this.problem = problem;
	}

	/** The file, with {@code :LINE} where the line is known. */
	public String where() {
		return where;
	}

	public String problem() {
		return problem;
	}

	/** {@code file:line} as compilers write it, or the file alone when the line is not known. */
	static String at(String file, int line) {
		return line > 0 ? file + ":" + line : file;
	}
}
