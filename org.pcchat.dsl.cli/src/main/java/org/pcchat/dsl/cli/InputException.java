package org.pcchat.dsl.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;

/** A file or directory that cannot be read or written as the command asks; the message names it. */
final class InputException extends Exception {

	private static final long serialVersionUID = 1L;

	/** How the JDK words ELOOP on Linux and macOS. */
	private static final String LINK_LOOP = "Too many levels of symbolic links";

	private final String path;
	private final String problem;

	InputException(String path, String problem) {
		this(path, problem, null);
	}

	InputException(String path, String problem, Throwable cause) {
		super(path + ": " + problem, cause);
		this.path = path;
		this.problem = problem;
	}

	/** The file or folder, as the user named it or as found below a folder they named. */
	String path() {
		return path;
	}

	/** What is wrong with it, in words. */
	String problem() {
		return problem;
	}

	/** {@code path} could not be read; the problem in words rather than as the exception's name. */
	static InputException reading(String path, IOException e) {
		String problem = e instanceof AccessDeniedException ? "permission denied"
				: e instanceof NoSuchFileException ? "no such file"
				: e instanceof FileSystemLoopException || String.valueOf(e.getMessage()).contains(LINK_LOOP)
						? "a loop of symbolic links"
				: e instanceof FileSystemException fs && fs.getReason() != null ? "cannot read: " + lowerFirst(fs.getReason())
				: "cannot read: " + e.getMessage();
		return new InputException(path, problem, e);
	}

	private static String lowerFirst(String text) {
		return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}
}
