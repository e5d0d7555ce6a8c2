package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pcchat.dsl.cli.Run.pcchat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pcchat.dsl.cli.importer.ImportException;

/**
 * pcchat import as a user runs it: the topology on standard output or in a file it may replace, the
 * warnings on standard error, and then check and generate on the result (import, check, generate for
 * every format, with and without facts).
 */
class ImportCommandTest {

	@TempDir
	private Path dir;

	@Test
	void printsTheTopologyAndWarnsOnStandardError() throws ImportException {
		Path document = Imports.DIRECTORY.resolve("enterprise.xml");
		Run run = pcchat("import", document.toString());
		assertAll(
				() -> assertEquals(0, run.exitCode(), run.err()),
				() -> assertEquals(ImportGoldenTest.body(Imports.run("enterprise.xml").text()), ImportGoldenTest.body(run.out())),
				() -> assertEquals(List.of(
						"pcchat: warning: " + document + ":359: unknown role 'FrobnicatorServer' (2-FrobnicatorServer-1) on "
								+ "cluster 2:2; kept as a comment",
						"pcchat: warning: " + document + ":319: Persistent Chat pool pchat.contoso.com: a dependency on "
								+ "1-PersistentChatStore-1 with Usage 'ArchiveFeed'; kept as a comment"), run.errLines()));
	}

	@Test
	void sameDocumentSameBytes() throws IOException {
		Path first = dir.resolve("first.pctopo");
		Path second = dir.resolve("second.pctopo");
		String document = Imports.DIRECTORY.resolve("builder-guid.tbxml").toString();
		String facts = Imports.FACTS.toString();
		assertEquals(0, pcchat("import", document, "--facts", facts, "-o", first.toString()).exitCode());
		assertEquals(0, pcchat("import", document, "--facts", facts, "-o", second.toString()).exitCode());
		assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
	}

	@Test
	void writesAFileAndReplacesOnlyItsOwn() throws IOException {
		Path out = dir.resolve("lab.pctopo");
		String document = Imports.DIRECTORY.resolve("standard-edition.xml").toString();
		Run first = pcchat("import", document, "-o", out.toString());
		assertEquals(List.of("wrote " + out), first.outLines());
		assertTrue(Files.readString(out).startsWith("// Written by pcchat import from standard-edition.xml"));

		Run again = pcchat("import", document, "-o", out.toString());
		assertEquals(List.of("unchanged " + out), again.outLines());

		Run withFacts = pcchat("import", document, "--facts", Imports.DIRECTORY.resolve("facts-se").toString(), "-o",
				out.toString());
		assertEquals(List.of("wrote " + out), withFacts.outLines(), withFacts.err());
		assertTrue(Files.readString(out).contains("os WindowsServer2012R2 Datacenter core"));
	}

	@Test
	void neverReplacesAFileItDidNotWrite() throws IOException {
		Path out = Files.writeString(dir.resolve("mine.pctopo"), "topology Mine { }\n");
		Run run = pcchat("import", Imports.DIRECTORY.resolve("standard-edition.xml").toString(), "-o", out.toString());
		assertAll(
				() -> assertEquals(2, run.exitCode()),
				() -> assertEquals(List.of("pcchat: error: " + out + ": a file pcchat import did not write, or one edited since "
						+ "(its header's digest does not match) is in the way; nothing was written: move it away or choose another "
						+ "file with -o"), run.errLines()),
				() -> assertEquals("topology Mine { }\n", Files.readString(out)));
	}

	/** An import someone edited is theirs now: its header no longer matches, and it stays. */
	@Test
	void neverReplacesAnEditedImport() throws IOException {
		Path out = dir.resolve("edited.pctopo");
		String document = Imports.DIRECTORY.resolve("standard-edition.xml").toString();
		assertEquals(0, pcchat("import", document, "-o", out.toString()).exitCode());
		String edited = Files.readString(out).replace("port 5041", "port 5041\n            users 200");
		Files.writeString(out, edited);
		Run run = pcchat("import", document, "-o", out.toString());
		assertEquals(2, run.exitCode());
		assertEquals(edited, Files.readString(out));
	}

	@Test
	void leavesNoTemporaryFile() throws IOException {
		Path out = dir.resolve("clean.pctopo");
		pcchat("import", Imports.DIRECTORY.resolve("enterprise.xml").toString(), "-o", out.toString());
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(List.of(out), files.toList());
		}
	}

	static Stream<Arguments> documents() throws IOException {
		Path zips = Files.createTempDirectory("pcchat-import");
		List<Arguments> arguments = new ArrayList<>();
		for (String fixture : List.of("standard-edition.xml", "standard-edition-utf16.xml", "enterprise.xml",
				"builder-guid.tbxml", "builder-readable.tbxml")) {
			arguments.add(Arguments.of(Imports.DIRECTORY.resolve(fixture), List.of()));
		}
		arguments.add(Arguments.of(Archives.exportOf(zips, Imports.DIRECTORY.resolve("export/DocItemSet.xml")), List.of()));
		arguments.add(Arguments.of(Imports.DIRECTORY.resolve("enterprise.xml"), List.of("--facts", Imports.FACTS.toString())));
		arguments.add(Arguments.of(Imports.DIRECTORY.resolve("enterprise.xml"), List.of("--facts-win", "--facts",
				Imports.FACTS.toString())));
		arguments.add(Arguments.of(Imports.DIRECTORY.resolve("standard-edition.xml"), List.of("--facts",
				Imports.DIRECTORY.resolve("facts-se/se01.fabrikam.com.json").toString())));
		return arguments.stream();
	}

	/**
	 * Import, check, generate: the topology pcchat wrote reads without syntax or reference errors, and its
	 * checklists are written (flagging what check finds), with "verify" items for what the document did not say.
	 */
	@ParameterizedTest
	@MethodSource("documents")
	void importCheckGenerate(Path document, List<String> options) throws IOException {
		Path topology = dir.resolve("imported.pctopo");
		List<String> arguments = new ArrayList<>(List.of("import", document.toString(), "-o", topology.toString()));
		arguments.addAll(options);
		Run imported = pcchat(arguments.toArray(String[]::new));
		assertEquals(0, imported.exitCode(), imported.err());

		Run check = pcchat("check", "--format", "json", topology.toString());
		assertFalse(check.out().contains("\"PC001\"") || check.out().contains("\"PC002\""), check.out());

		// exit 1 when the checklist flags errors: without facts, Persistent Chat servers have no MSMQ (PC201)
		Path checklists = dir.resolve("checklists");
		Run generate = pcchat("generate", "--format", "json", "-o", checklists.toString(), topology.toString());
		assertTrue(generate.exitCode() == 0 || generate.exitCode() == 1, generate.err());
		assertTrue(generate.outLines().stream().anyMatch(line -> line.startsWith("wrote ")), generate.out());
		try (Stream<Path> files = Files.list(checklists)) {
			String checklist = Files.readString(files.findFirst().orElseThrow());
			assertTrue(Pattern.compile("\"kind\"\\s*:\\s*\"verify\"").matcher(checklist).find(),
					"verify items for what the document does not say");
		}
	}
}
