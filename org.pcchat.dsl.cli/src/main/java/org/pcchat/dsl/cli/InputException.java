package org.pcchat.dsl.cli;

/** A file or directory that cannot be read or written as the command asks; the message names it. */
final class InputException extends Exception {

  private static final long serialVersionUID = 1L;

  InputException(String path, String problem) {
    super(path + ": " + problem);
  }

  InputException(String path, String problem, Throwable cause) {
    super(path + ": " + problem, cause);
  }
}
