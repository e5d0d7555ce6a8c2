package org.pcchat.dsl.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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

	/** As the command runs it with the default --max-size. */
	static final Limits LIMITS = Limits.of(MaxSizeOption.DEFAULT_LIMIT.bytes());

	static Importer.Result run(Path document, boolean factsWin, Path... facts) throws ImportException {
		return run(document, TopologyDocument.Version.NEW, factsWin, facts);
	}

	static Importer.Result run(Path document, TopologyDocument.Version version, boolean factsWin, Path... facts)
			throws ImportException {
		byte[] content;
		try {
			content = Files.readAllBytes(document);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Importer.run(new Importer.Options(content, document, document.getFileName().toString(), version,
				List.copyOf(Arrays.asList(facts)), factsWin, null, LIMITS), keywords());
	}

	static Importer.Result run(String fixture, Path... facts) throws ImportException {
		return run(DIRECTORY.resolve(fixture), false, facts);
	}
}
