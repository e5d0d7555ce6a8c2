package org.pcchat.dsl.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Turns the paths on the command line into the topology files to check. */
final class InputFiles {

  static final String EXTENSION = ".pctopo";

  private InputFiles() {
  }

  /**
   * Files are taken as named, whatever their extension; directories are searched recursively for
   * *.pctopo. Each file appears once, named as the user would recognise it, sorted by that name.
   */
  static List<SourceFile> collect(List<String> arguments) throws InputException {
    Map<Path, SourceFile> files = new LinkedHashMap<>();
    for (String argument : arguments) {
      for (SourceFile file : expand(argument)) {
        files.putIfAbsent(file.path().toAbsolutePath().normalize(), file);
      }
    }
    List<SourceFile> sorted = new ArrayList<>(files.values());
    sorted.sort(Comparator.comparing(SourceFile::displayPath));
    return sorted;
  }

  private static List<SourceFile> expand(String argument) throws InputException {
    Path path = Path.of(argument);
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (IOException e) {
      throw InputException.reading(argument, e);
    }
    if (attributes.isDirectory()) {
      return filesBelow(argument, path);
    }
    if (attributes.isRegularFile()) {
      return List.of(new SourceFile(argument, path));
    }
    throw new InputException(argument, "not a regular file");
  }

  private static List<SourceFile> filesBelow(String argument, Path directory) throws InputException {
    List<SourceFile> found = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.filter(p -> p.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(p))
          .forEach(p -> found.add(new SourceFile(p.toString(), p)));
    } catch (IOException e) {
      throw InputException.reading(problemFile(argument, e), e);
    } catch (UncheckedIOException e) {
      throw InputException.reading(problemFile(argument, e.getCause()), e.getCause());
    }
    if (found.isEmpty()) {
      throw new InputException(argument, "no " + EXTENSION + " files in this directory or below");
    }
    return found;
  }

  /** The file or folder the problem is with: one found below the directory, or the directory itself. */
  private static String problemFile(String argument, IOException e) {
    return e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() : argument;
  }
}
