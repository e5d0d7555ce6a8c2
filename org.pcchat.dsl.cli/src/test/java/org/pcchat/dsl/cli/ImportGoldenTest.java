package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pcchat.dsl.cli.Golden.assertGolden;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pcchat.dsl.cli.importer.ImportException;
import org.pcchat.dsl.cli.importer.Importer;
import org.pcchat.dsl.cli.importer.TopologyDocument;
import org.pcchat.dsl.rules.Rules;

/** What pcchat import writes for each test document, and what it warns about, as golden files. */
class ImportGoldenTest {

	private static final TopologyChecker CHECKER = new TopologyChecker();

	@TempDir
	private Path dir;

	@ParameterizedTest
	@ValueSource(strings = {"standard-edition.xml", "enterprise.xml", "builder-guid.tbxml", "builder-readable.tbxml"})
	void documents(String fixture) throws ImportException {
		assertGoldenImport(fixture, Imports.run(fixture));
	}

	@Test
	void originalTopologyOfATbxml() throws ImportException {
		Importer.Result result = Imports.run(Imports.DIRECTORY.resolve("builder-guid.tbxml"),
				TopologyDocument.Version.ORIGINAL, false);
		assertGoldenImport("builder-guid.tbxml.original", result);
	}

	/** Windows PowerShell's redirection: UTF-16 with a byte order mark, CRLF, and encoding="utf-16" declared. */
	@Test
	void utf16IsTheSameTopology() throws ImportException {
		assertEquals(body(Imports.run("standard-edition.xml").text()), body(Imports.run("standard-edition-utf16.xml").text()));
	}

	/** The enterprise.xml topology inside DocItemSet.xml: the same elements, lines counted in DocItemSet.xml. */
	@Test
	void exportedConfiguration() throws ImportException, IOException {
		assertGoldenImport("CsConfiguration.zip", Imports.run(Archives.exportOf(dir,
				Imports.DIRECTORY.resolve("export/DocItemSet.xml")), false));
	}

	@Test
	void enterpriseWithFacts() throws ImportException {
		assertGoldenImport("enterprise.xml.facts", Imports.run(Imports.DIRECTORY.resolve("enterprise.xml"), false,
				Imports.FACTS));
	}

	@Test
	void enterpriseWithFactsThatWin() throws ImportException {
		assertGoldenImport("enterprise.xml.facts-win", Imports.run(Imports.DIRECTORY.resolve("enterprise.xml"), true,
				Imports.FACTS));
	}

	@Test
	void standardEditionWithFacts() throws ImportException {
		assertGoldenImport("standard-edition.xml.facts", Imports.run(Imports.DIRECTORY.resolve("standard-edition.xml"),
				false, Imports.DIRECTORY.resolve("facts-se/se01.fabrikam.com.json")));
	}

	/**
	 * Every import is laid out as the language's formatter lays it out, comments included, and reads without
	 * syntax or reference errors.
	 */
	@ParameterizedTest
	@MethodSource("goldenImports")
	void importsAreFormattedAndRead(Path golden) throws IOException, InputException {
		String text = Files.readString(golden);
		XtextResource resource = (XtextResource) CHECKER.load(golden.getFileName().toString(), text);
		ITextRegionAccess access = CHECKER.get(TextRegionAccessBuilder.class).forNodeModel(resource).create();
		FormatterRequest request = CHECKER.get(FormatterRequest.class).setTextRegionAccess(access);
		List<ITextReplacement> replacements = CHECKER.get(IFormatter2.class).format(request);
		assertEquals(text, access.getRewriter().renderToString(replacements));
		List<Finding> blocking = TopologyChecker.findings(CHECKER.issues(resource)).stream()
				.filter(f -> f.rule().equals(Rules.SYNTAX_ERROR) || f.rule().equals(Rules.UNRESOLVED_REFERENCE)).toList();
		assertEquals(List.of(), blocking);
	}

	static Stream<Path> goldenImports() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("src/test/resources/golden/import"))) {
			return files.filter(p -> p.toString().endsWith(".pctopo")).sorted().toList().stream();
		}
	}

	/** The topology without the header, which names the file it came from. */
	static String body(String text) {
		return text.substring(text.indexOf('\n', text.indexOf('\n') + 1) + 1);
	}

	private static void assertGoldenImport(String name, Importer.Result result) {
		assertGolden("import/" + name + ".pctopo", result.text());
		assertGolden("import/" + name + ".warnings.txt", String.join("\n", result.warnings()) + "\n");
	}
}
