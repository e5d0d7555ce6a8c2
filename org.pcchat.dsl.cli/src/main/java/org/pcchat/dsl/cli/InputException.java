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

  InputException(String path, String problem) {
    super(path + ": " + problem);
  }

  InputException(String path, String problem, Throwable cause) {
    super(path + ": " + problem, cause);
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
