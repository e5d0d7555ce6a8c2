package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pcchat.dsl.cli.Run.pcchat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents that are not topologies, or attack the reader: each ends the run with one line naming the
 * file (and the line) and exit code 2, quickly, with nothing resolved, extracted or written.
 */
class ImportHostileInputTest {

	private static final Duration QUICKLY = Duration.ofSeconds(20);
	private static final String SECRET = "pcchat-secret-7f3a";

	@TempDir
	private Path dir;

	@Test
	void externalFileEntityIsNeverResolved() throws IOException {
		Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
		Path document = write("xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE Topology [\n  <!ENTITY xxe SYSTEM \""
				+ secret.toUri() + "\">\n]>\n<Topology><Sites><CentralSite SiteId=\"1\"><Name>&xxe;</Name></CentralSite>"
				+ "</Sites></Topology>\n");
		Run run = assertRefused(document, document + ":2: a document type declaration (<!DOCTYPE>) is not allowed: "
				+ "topology documents have none, and pcchat never reads DTDs or entities");
		assertFalse(run.out().contains(SECRET) || run.err().contains(SECRET));
	}

	@Test
	void billionLaughsIsRefusedAtOnce() throws IOException {
		StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">\n");
		for (int i = 1; i < 10; i++) {
			entities.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
		}
		Path document = write("lol.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE Topology [\n" + entities + "]>\n<Topology>"
				+ "<InternalDomains DefaultDomain=\"&lol9;\"/></Topology>\n");
		assertTimeoutPreemptively(QUICKLY, () -> assertRefused(document, document + ":2: a document type declaration "
				+ "(<!DOCTYPE>) is not allowed: topology documents have none, and pcchat never reads DTDs or entities"));
	}

	/** Without a DOCTYPE an entity has no declaration: the parser reports it, and resolves nothing. */
	@Test
	void undeclaredEntityIsAnError() throws IOException {
		Path document = write("entity.xml", "<Topology>\n<Sites>&xxe;</Sites></Topology>\n");
		assertRefused(document, document + ":2: not well-formed XML: The entity \"xxe\" was referenced, but not declared.");
	}

	@Test
	void malformedXmlIsOneLineWithItsLine() throws IOException {
		Path document = write("broken.xml", "<?xml version=\"1.0\"?>\n<Topology>\n  <Sites>\n    <CentralSite SiteId=\"1\">"
				+ "\n  </Sites>\n</Topology>\n");
		assertRefused(document, document + ":5: not well-formed XML: The element type \"CentralSite\" must be terminated "
				+ "by the matching end-tag \"</CentralSite>\".");
	}

	@Test
	void documentOfAnotherKindIsNamed() throws IOException {
		Path document = write("other.xml", "<?xml version=\"1.0\"?>\n<project><modelVersion/></project>\n");
		assertRefused(document, document + ":2: the root element is <project>, not a topology: pcchat reads Get-CsTopology "
				+ "-AsXml output (<Topology>), Topology Builder's .tbxml (<TopologyBuilder>) and Export-CsConfiguration's "
				+ "DocItemSet.xml");
	}

	@Test
	void textThatIsNotUtf8IsNamed() throws IOException {
		Path document = dir.resolve("latin1.xml");
		Files.write(document, "<Topology>\n<Sites><CentralSite SiteId=\"1\"><Name>Z\u00fcrich</Name></CentralSite></Sites></Topology>"
				.getBytes(StandardCharsets.ISO_8859_1));
		assertRefused(document, document + ":2: not valid UTF-8 (byte 0xFC at offset 49); save the file as UTF-8 or UTF-16 "
				+ "with a byte order mark");
	}

	@Test
	void deepNestingIsRefused() throws IOException {
		Path document = write("deep.xml", "<a>".repeat(100) + "</a>".repeat(100));
		assertRefused(document, document + ":1: elements nested more than 64 deep; this is not a topology document");
	}

	/** 200 MB (sparse, so the test writes nothing): refused by its size, before a byte is read. */
	@Test
	void hugeDocumentIsRefusedBeforeReading() throws IOException {
		Path document = dir.resolve("huge.xml");
		try (RandomAccessFile file = new RandomAccessFile(document.toFile(), "rw")) {
			file.setLength(200L << 20);
		}
		assertTimeoutPreemptively(QUICKLY, () -> assertRefused(document, document
				+ ": too large (200 MB; the limit is 100 MB); read it with --max-size 200MB"));
	}

	/** --max-size bounds the document, and an archive's document once uncompressed. */
	@Test
	void maxSizeBoundsTheDocumentAndTheArchivedOne() throws IOException {
		Path zip = Archives.exportOf(dir, Imports.DIRECTORY.resolve("export/DocItemSet.xml"));
		Run run = pcchat("import", "--max-size", "8k", zip.toString());
		assertEquals(List.of("pcchat: error: " + zip + "!DocItemSet.xml: uncompressed, larger than 8 kB, the limit on what "
				+ "pcchat reads; refused (--max-size raises the limit)"), run.errLines());
		assertEquals(2, run.exitCode());
	}

	@Test
	void zipEntryWithDotDotIsRefused() throws IOException {
		Path zip = Archives.zip(dir.resolve("slip.zip"), "DocItemSet.xml", "<DocItemSet/>".getBytes(),
				"../../evil.xml", "x".getBytes());
		assertRefused(zip, zip + ": refused: the entry '../../evil.xml' has '..' in its path, which no "
				+ "Export-CsConfiguration archive has");
	}

	@Test
	void zipEntryWithAbsoluteNameIsRefused() throws IOException {
		Path unix = Archives.zip(dir.resolve("absolute.zip"), "/etc/DocItemSet.xml", "<DocItemSet/>".getBytes());
		assertRefused(unix, unix + ": refused: the entry '/etc/DocItemSet.xml' has an absolute path, which no "
				+ "Export-CsConfiguration archive has");
		Path windows = Archives.zip(dir.resolve("drive.zip"), "C:\\Windows\\DocItemSet.xml", "<DocItemSet/>".getBytes());
		assertRefused(windows, windows + ": refused: the entry 'C:\\Windows\\DocItemSet.xml' has an absolute path, which "
				+ "no Export-CsConfiguration archive has");
	}

	/** 128 MB of zeros compress to 128 kB: the entry is read only up to the limit, whatever it claims. */
	@Test
	void zipBombIsRefusedAtTheLimit() throws IOException {
		Path zip = Archives.zip(dir.resolve("bomb.zip"), "DocItemSet.xml", new byte[128 << 20]);
		assertTrue(Files.size(zip) < 1 << 20, "the archive is small");
		assertTimeoutPreemptively(QUICKLY, () -> assertRefused(zip, zip + "!DocItemSet.xml: uncompressed, larger than "
				+ "100 MB, the limit on what pcchat reads; refused (--max-size raises the limit)"));
	}

	@Test
	void zipWithoutTheDocumentIsNamed() throws IOException {
		Path zip = Archives.zip(dir.resolve("other.zip"), "readme.txt", "hello".getBytes());
		assertRefused(zip, zip + ": a zip archive without DocItemSet.xml; pcchat reads the archives Export-CsConfiguration "
				+ "writes");
	}

	@Test
	void factsFileThatIsNotJsonIsOneLine() throws IOException {
		Path facts = write("pc01.json", "{\n  \"schema\": \"pcchat-facts/1\",\n  \"computer\": { \"fqdn\": \"pc01\" \n}\n");
		Run run = pcchat("import", "--facts", facts.toString(), Imports.DIRECTORY.resolve("standard-edition.xml").toString());
		assertAll(
				() -> assertEquals(2, run.exitCode()),
				() -> assertEquals(1, run.errLines().size(), run.err()),
				() -> assertTrue(run.err().startsWith("pcchat: error: " + facts + ":5: not valid JSON: "), run.err()),
				() -> assertEquals("", run.out()));
	}

	@Test
	void factsFileOfAnotherSchemaIsRefusedWhenNamed() throws IOException {
		Path facts = write("pcchat.json", "{ \"rules\": {} }");
		Run run = pcchat("import", "--facts", facts.toString(), Imports.DIRECTORY.resolve("standard-edition.xml").toString());
		assertEquals(List.of("pcchat: error: " + facts + ": not a facts file (its \"schema\" is missing, not "
				+ "'pcchat-facts/1')"), run.errLines());
		assertEquals(2, run.exitCode());
	}

	@Test
	void missingDocumentIsNamed() {
		Path missing = dir.resolve("missing.xml");
		assertRefused(missing, missing + ": no such file");
	}

	private Run assertRefused(Path document, String problem) {
		Run run = pcchat("import", document.toString(), "-o", dir.resolve("out.pctopo").toString());
		assertAll(
				() -> assertEquals(List.of("pcchat: error: " + problem), run.errLines()),
				() -> assertEquals(2, run.exitCode()),
				() -> assertEquals("", run.out()),
				() -> assertFalse(Files.exists(dir.resolve("out.pctopo")), "nothing written"));
		return run;
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(dir.resolve(name), text);
	}
}
