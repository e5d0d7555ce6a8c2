package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pcchat.dsl.cli.Run.pcchat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pcchat.dsl.generator.ChecklistFormat;

import com.google.gson.JsonParser;

/** `pcchat generate`: the checklists, where they go, and the files it refuses to touch. */
class GenerateCommandTest {

	private static final String CONTOSO = "../examples/contoso.pctopo";
	private static final Path RUNTIME_GOLDEN = Path.of("../org.pcchat.dsl.tests/golden");
	private static final String FIXTURES = "src/test/resources/fixtures/";
	private static final String VALID = FIXTURES + "valid.pctopo";
	private static final String SYNTAX_ERROR = FIXTURES + "broken/syntax-error.pctopo";
	private static final List<String> EXTENSIONS = List.of("md", "html", "json", "csv");

	@TempDir
	private Path out;

	@Test
	void allFourFormatsAreTheBytesOfTheRuntimesGoldenFiles() throws IOException {
		Run run = pcchat("generate", "-o", out.toString(), CONTOSO);
		assertEquals(0, run.exitCode(), run.err());
		List<String> expected = new java.util.ArrayList<>(EXTENSIONS.stream()
				.map(ext -> "wrote " + out.resolve("Contoso.checklist." + ext)).toList());
		expected.add("1 checklist: 56 items, 0 errors and 0 warnings flagged; 4 files written, 0 unchanged");
		assertEquals(expected, run.outLines());
		for (String ext : EXTENSIONS) {
			assertArrayEquals(Files.readAllBytes(RUNTIME_GOLDEN.resolve("contoso.checklist." + ext)),
					Files.readAllBytes(out.resolve("Contoso.checklist." + ext)), ext);
		}
		assertEquals(4, files(out).size(), "no temporary file may be left behind: " + files(out));
	}

	@Test
	void withoutOutputTheChecklistsGoToAFolderBesideTheTopology(@TempDir Path project) throws IOException {
		Path topology = Files.createDirectories(project.resolve("site")).resolve("contoso.pctopo");
		Files.copy(Path.of(CONTOSO), topology);
		Run run = pcchat("generate", "--format", "md", topology.toString());
		assertEquals(0, run.exitCode(), run.err());
		Path expected = project.resolve("site/checklists/Contoso.checklist.md");
		assertEquals("wrote " + expected, run.outLines().get(0));
		assertTrue(Files.isRegularFile(expected));
	}

	@Test
	void oneFormatWritesOneFile() {
		Run run = pcchat("generate", "--format", "csv", "-o", out.toString(), CONTOSO);
		assertEquals(0, run.exitCode(), run.err());
		assertEquals(List.of("Contoso.checklist.csv"), files(out));
	}

	@Test
	void unchangedChecklistIsLeftUntouched() throws IOException {
		pcchat("generate", "--format", "md", "-o", out.toString(), CONTOSO);
		Path file = out.resolve("Contoso.checklist.md");
		FileTime past = FileTime.fromMillis(1_000_000_000_000L);
		Files.setLastModifiedTime(file, past);
		Run again = pcchat("generate", "--format", "md", "-o", out.toString(), CONTOSO);
		assertEquals(0, again.exitCode());
		assertEquals(List.of("unchanged " + file,
				"1 checklist: 56 items, 0 errors and 0 warnings flagged; 0 files written, 1 unchanged"), again.outLines());
		assertEquals(past, Files.getLastModifiedTime(file));
	}

	@Test
	void olderChecklistFromPcchatIsReplaced() throws IOException {
		Path file = out.resolve("Contoso.checklist.md");
		Files.writeString(file, ChecklistFormat.MARKDOWN.headerPrefix() + " from an older run -->\n- [ ] old item\n");
		Run run = pcchat("generate", "--format", "md", "-o", out.toString(), CONTOSO);
		assertEquals(0, run.exitCode(), run.err());
		assertArrayEquals(Files.readAllBytes(RUNTIME_GOLDEN.resolve("contoso.checklist.md")), Files.readAllBytes(file));
	}

	@Test
	void fileThatPcchatDidNotWriteStopsTheRunBeforeAnythingIsWritten() throws IOException {
		Path foreign = Files.writeString(out.resolve("Contoso.checklist.json"), "{\"mine\": true}\n");
		Run run = pcchat("generate", "-o", out.toString(), CONTOSO);
		assertAll(
				() -> assertEquals(2, run.exitCode()),
				() -> assertEquals(List.of("pcchat: error: " + foreign + ": a file pcchat did not write (it does not start "
						+ "with pcchat's header) is in the way; nothing was written: move it away or choose another "
						+ "directory with -o"), run.errLines()),
				() -> assertEquals("", run.out()),
				() -> assertEquals(List.of("Contoso.checklist.json"), files(out),
						"nothing is written, although the .md and .html are checked, and free, before the .json"),
				() -> assertEquals("{\"mine\": true}\n", Files.readString(foreign)));
	}

	@Test
	void fileOfAnotherFormatIsNotTakenForOurs() throws IOException {
		Path csv = Files.writeString(out.resolve("Contoso.checklist.csv"), ChecklistFormat.MARKDOWN.headerPrefix());
		Run run = pcchat("generate", "--format", "csv", "-o", out.toString(), CONTOSO);
		assertEquals(2, run.exitCode());
		assertTrue(run.err().startsWith("pcchat: error: " + csv + ": a file pcchat did not write"), run.err());
	}

	@Test
	void symbolicLinkInTheWayIsNotFollowed() throws IOException {
		Path elsewhere = Files.createDirectories(out.resolve("elsewhere"));
		Path target = Files.writeString(elsewhere.resolve("notes.md"), ChecklistFormat.MARKDOWN.headerPrefix());
		Path link = Files.createSymbolicLink(out.resolve("Contoso.checklist.md"), target);
		Run run = pcchat("generate", "--format", "md", "-o", out.toString(), CONTOSO);
		assertEquals(2, run.exitCode());
		assertEquals(List.of("pcchat: error: " + link + ": a symbolic link is in the way; nothing was written: move "
				+ "it away or choose another directory with -o"), run.errLines());
		assertEquals(ChecklistFormat.MARKDOWN.headerPrefix(), Files.readString(target));
	}

	@Test
	void directoryInTheWayStopsTheRun() throws IOException {
		Path directory = Files.createDirectories(out.resolve("Contoso.checklist.html"));
		Run run = pcchat("generate", "-o", out.toString(), CONTOSO);
		assertEquals(2, run.exitCode());
		assertTrue(run.err().startsWith("pcchat: error: " + directory + ": a directory is in the way"), run.err());
		assertEquals(List.of("Contoso.checklist.html"), files(out));
	}

	@Test
	void syntaxErrorWritesNothingAndExitsOne() {
		Path target = out.resolve("new");
		Run run = pcchat("generate", "-o", target.toString(), VALID, SYNTAX_ERROR);
		assertAll(
				() -> assertEquals(1, run.exitCode()),
				() -> assertEquals(List.of(SYNTAX_ERROR + ":33:1: error: unexpected `trailing` after the end of the "
						+ "topology; a file holds exactly one topology { ... } [PC001]",
						"pcchat: error: no checklist written: a topology has syntax errors or unresolved references "
						+ "(above); fix them and run again"), run.errLines()),
				() -> assertEquals("", run.out()),
				() -> assertFalse(Files.exists(target), "not even the output directory is created"));
	}

	@Test
	void unresolvedReferenceWritesNothingAndExitsOne() {
		Run run = pcchat("generate", "-o", out.toString(), FIXTURES + "broken/unresolved-reference.pctopo");
		assertEquals(1, run.exitCode());
		assertTrue(run.errLines().get(0).endsWith("[PC002]"), run.err());
		assertEquals(List.of(), files(out));
	}

	@Test
	void otherDiagnosticsAreFlaggedInTheChecklistWhichIsWrittenAndTheRunFails() throws IOException {
		Run run = pcchat("generate", "--format", "json", "-o", out.toString(), FIXTURES + "findings/c03-no-msmq.pctopo");
		assertEquals(1, run.exitCode(), run.err());
		assertTrue(run.outLines().get(1).matches("1 checklist: \\d+ items, 2 errors and 0 warnings flagged; 1 file written, 0 unchanged"),
				run.out());
		String json = Files.readString(out.resolve("NoQueue.checklist.json"));
		assertEquals(2, JsonParser.parseString(json).getAsJsonObject().getAsJsonObject("summary").get("errors").getAsInt());
	}

	@Test
	void failOnWarningFailsOnFlaggedWarningsAndErrorIgnoresThem() {
		String warningsOnly = FIXTURES + "warnings-only.pctopo";
		Run byDefault = pcchat("generate", "--format", "md", "-o", out.toString(), warningsOnly);
		assertEquals(0, byDefault.exitCode(), byDefault.err());
		assertTrue(byDefault.out().contains(", 0 errors and 1 warning flagged;"), byDefault.out());
		Run strict = pcchat("generate", "--format", "md", "--fail-on", "warning", "-o", out.toString(), warningsOnly);
		assertEquals(1, strict.exitCode(), strict.err());
		Run wrong = pcchat("generate", "--fail-on", "info", "-o", out.toString(), warningsOnly);
		assertEquals(2, wrong.exitCode());
	}

	@Test
	void topologiesThatWouldWriteTheSameFileStopTheRun(@TempDir Path project) throws IOException {
		Path first = Files.createDirectories(project.resolve("a")).resolve("contoso.pctopo");
		Path second = Files.createDirectories(project.resolve("b")).resolve("contoso.pctopo");
		Files.copy(Path.of(CONTOSO), first);
		Files.copy(Path.of(CONTOSO), second);
		Run run = pcchat("generate", "--format", "md", "-o", out.toString(), first.toString(), second.toString());
		assertEquals(2, run.exitCode());
		assertEquals(List.of("pcchat: error: " + out.resolve("Contoso.checklist.md") + ": both " + first + " and "
				+ second + " would write this file; give their topologies different names or write them with -o to "
				+ "different directories"), run.errLines());
		assertEquals(List.of(), files(out));
	}

	@Test
	void topologyNameThatIsADeviceNameGivesASafeFileName(@TempDir Path project) throws IOException {
		Path topology = project.resolve("con.pctopo");
		Files.writeString(topology, Files.readString(Path.of(VALID)).replace("topology Minimal", "topology CON"));
		Run run = pcchat("generate", "--format", "md", "-o", out.toString(), topology.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertEquals(List.of("topology.checklist.md"), files(out));
	}

	@Test
	void outputDirectoryThatIsAFileIsAnError() throws IOException {
		Path file = Files.writeString(out.resolve("plain"), "");
		Run run = pcchat("generate", "-o", file.toString(), CONTOSO);
		assertEquals(2, run.exitCode());
		assertEquals(List.of("pcchat: error: " + file + ": cannot be the output directory: " + file
				+ " is not a directory"), run.errLines());
	}

	@Test
	void configFileSetsTheSeveritiesTheChecklistFlags() throws IOException {
		String warningsOnly = FIXTURES + "warnings-only.pctopo";
		pcchat("generate", "--format", "json", "-o", out.toString(), warningsOnly);
		assertEquals(1, warnings(out.resolve("Minimal.checklist.json")));
		Run run = pcchat("generate", "--format", "json", "-o", out.toString(),
				"--config", FIXTURES + "config/pc215-off.json", warningsOnly);
		assertEquals(0, run.exitCode(), run.err());
		assertEquals(0, warnings(out.resolve("Minimal.checklist.json")));
	}

	@Test
	void badInputIsOneLineAndWritesNothing() {
		for (String[] args : List.of(
				new String[] {"generate", "-o", out.toString(), FIXTURES + "missing.pctopo"},
				new String[] {"generate", "-o", out.toString(), FIXTURES + "latin1.pctopo"},
				new String[] {"generate", "-o", out.toString(), FIXTURES + "config"},
				new String[] {"generate", "--format", "pdf", "-o", out.toString(), CONTOSO},
				new String[] {"generate", "-o", out.toString()})) {
			Run run = pcchat(args);
			assertEquals(2, run.exitCode(), String.join(" ", args));
			assertEquals(1, run.errLines().size(), run.err());
			assertTrue(run.err().startsWith("pcchat: error: "), run.err());
		}
		assertEquals(List.of(), files(out));
	}

	@Test
	void nameThatWouldLeaveTheOutputDirectoryIsRefused() {
		OutputFile escaping = new OutputFile(out, "../escaped.md", "escaped.md", ChecklistFormat.MARKDOWN,
				new byte[0], "t.pctopo");
		InputException error = assertThrows(InputException.class, () -> OutputWriter.checkAll(List.of(escaping)));
		assertEquals("escaped.md: refusing to write outside the output directory " + out, error.getMessage());
	}

	private static int warnings(Path checklist) throws IOException {
		return JsonParser.parseString(Files.readString(checklist, StandardCharsets.UTF_8)).getAsJsonObject()
				.getAsJsonObject("summary").get("warnings").getAsInt();
	}

	private static List<String> files(Path directory) {
		try (Stream<Path> entries = Files.list(directory)) {
			return entries.map(path -> path.getFileName().toString()).sorted().toList();
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}
}
