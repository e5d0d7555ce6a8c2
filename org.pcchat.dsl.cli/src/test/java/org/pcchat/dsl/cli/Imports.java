package org.pcchat.dsl.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.pcchat.dsl.cli.importer.ImportException;
import org.pcchat.dsl.cli.importer.Importer;
import org.pcchat.dsl.cli.importer.Limits;
import org.pcchat.dsl.cli.importer.TopologyDocument;

/** The importer as the command runs it, on the test documents in src/test/resources/import. */
final class Imports {

  static final Path DIRECTORY = Path.of("src/test/resources/import");
  static final Path FACTS = DIRECTORY.resolve("facts");

  private static Set<String> keywords;

  private Imports() {
  }

  static synchronized Set<String> keywords() {
    if (keywords == null) {
      keywords = ImportCommand.keywords(new TopologyChecker());
    }
    return keywords;
  }

  static Importer.Result run(Path document, boolean factsWin, Path... facts) throws ImportException {
    return Importer.run(new Importer.Options(document, document.getFileName().toString(), TopologyDocument.Version.NEW,
        List.copyOf(Arrays.asList(facts)), factsWin, null, Limits.DEFAULT), keywords());
  }

  static Importer.Result run(String fixture, Path... facts) throws ImportException {
    return run(DIRECTORY.resolve(fixture), false, facts);
  }
}
