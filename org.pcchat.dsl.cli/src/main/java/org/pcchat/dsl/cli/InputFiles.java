package org.pcchat.dsl.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    if (Files.isDirectory(path)) {
      return filesBelow(argument, path);
    }
    if (Files.isRegularFile(path)) {
      return List.of(new SourceFile(argument, path));
    }
    throw new InputException(argument, Files.exists(path) ? "not a regular file" : "no such file");
  }

  private static List<SourceFile> filesBelow(String argument, Path directory) throws InputException {
    List<SourceFile> found = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.filter(p -> p.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(p))
          .forEach(p -> found.add(new SourceFile(p.toString(), p)));
    } catch (IOException | UncheckedIOException e) {
      throw new InputException(argument, "cannot read directory: " + e.getMessage(), e);
    }
    if (found.isEmpty()) {
      throw new InputException(argument, "no " + EXTENSION + " files in this directory or below");
    }
    return found;
  }
}
