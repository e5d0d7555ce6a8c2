package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pcchat.dsl.cli.Run.pcchat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A folder of topologies of which some cannot be read (one in Latin-1, one over --max-size): every
 * readable topology is checked and reported, each unreadable one is one line on standard error,
 * and the run ends with exit code 2. (Files and folders that permissions hide: PackagedJarIT.)
 */
class DirectoryRunTest {

	private static final String LIMIT = "16k";

	@TempDir
	private Path dir;

	private String folder;
	private String valid;
	private String noQueue;
	private String latin1;
	private String large;
	private String tooLarge;
	private String notUtf8;

	@BeforeEach
	void writeTheFolder() throws Exception {
		Path site = Files.createDirectories(dir.resolve("site"));
		String example = Files.readString(ExampleSession.EXAMPLE);
		Files.writeString(site.resolve("a-valid.pctopo"), example);
		Files.createDirectories(site.resolve("sub"));
		Files.writeString(site.resolve("sub/b-no-queue.pctopo"),
				example.replace("topology Contoso", "topology Fabrikam").replaceFirst("installed MSMQ, ", "installed "));
		Files.write(site.resolve("c-latin1.pctopo"), "topology Caf\u00e9 { }".getBytes(StandardCharsets.ISO_8859_1));
		String largeText = LargeTopology.of(20 * 1024);
		Files.writeString(site.resolve("d-large.pctopo"), largeText);
		folder = site.toString();
		valid = site.resolve("a-valid.pctopo").toString();
		noQueue = site.resolve("sub/b-no-queue.pctopo").toString();
		latin1 = site.resolve("c-latin1.pctopo").toString();
		large = site.resolve("d-large.pctopo").toString();
		int size = largeText.getBytes(StandardCharsets.UTF_8).length;
		tooLarge = "pcchat: error: " + large + ": too large (" + SizeLimit.describe(size) + "; the limit is 16 kB); read it "
				+ "with --max-size " + (size + 1023) / 1024 + "k";
		notUtf8 = "pcchat: error: " + latin1 + ": not valid UTF-8 (byte 0xE9 on line 1); save the file as UTF-8";
	}

	@Test
	void checkReportsEveryReadableFileThenExitsWithTwo() {
		Run run = pcchat("check", "--max-size", LIMIT, folder);
		assertAll(
				() -> assertEquals(2, run.exitCode()),
				() -> assertEquals(List.of(notUtf8, tooLarge), run.errLines()),
				() -> assertEquals(2, run.outLines().size(), run.out()),
				() -> assertTrue(run.outLines().get(0).startsWith(noQueue + ":54:20: error: "), run.out()),
				() -> assertEquals("2 files checked: 1 error, 0 warnings, 0 infos; 2 files could not be read",
						run.outLines().get(1)));
	}

	@Test
	void theExitCodeIsTwoEvenWithoutFindings() {
		Run run = pcchat("check", "--max-size", LIMIT, valid, latin1);
		assertEquals(2, run.exitCode());
		assertEquals(List.of("1 file checked: 0 errors, 0 warnings, 0 infos; 1 file could not be read"), run.outLines());
		assertEquals(List.of(notUtf8), run.errLines());
	}

	@Test
	void aMissingFileDoesNotHideTheOthers() {
		String missing = dir.resolve("missing.pctopo").toString();
		Run run = pcchat("check", valid, missing);
		assertEquals(2, run.exitCode());
		assertEquals(List.of("pcchat: error: " + missing + ": no such file"), run.errLines());
		assertEquals(List.of("1 file checked: 0 errors, 0 warnings, 0 infos; 1 file could not be read"), run.outLines());
	}

	@Test
	void whenNoFileCanBeReadThereIsNoReport() {
		Run run = pcchat("check", "--max-size", LIMIT, latin1, large);
		assertEquals(2, run.exitCode());
		assertEquals(List.of(notUtf8, tooLarge), run.errLines());
		assertEquals("", run.out());
	}

	@Test
	void jsonListsTheUnreadableFilesAndCountsThem() {
		Run run = pcchat("check", "--format", "json", "--max-size", LIMIT, folder);
		JsonObject report = JsonParser.parseString(run.out()).getAsJsonObject();
		assertAll(
				() -> assertEquals(2, run.exitCode()),
				() -> assertEquals(List.of(notUtf8, tooLarge), run.errLines()),
				() -> assertEquals(List.of(valid, noQueue), report.getAsJsonArray("files").asList().stream()
						.map(file -> file.getAsJsonObject().get("path").getAsString()).toList()),
				() -> assertEquals(List.of(latin1 + " | not valid UTF-8 (byte 0xE9 on line 1); save the file as UTF-8",
						large + " | " + tooLarge.substring(("pcchat: error: " + large + ": ").length())),
						report.getAsJsonArray("unreadable").asList().stream().map(file -> file.getAsJsonObject())
								.map(file -> file.get("path").getAsString() + " | " + file.get("problem").getAsString()).toList()),
				() -> assertEquals(2, report.getAsJsonObject("summary").get("unreadable").getAsInt()),
				() -> assertEquals(2, report.getAsJsonObject("summary").get("files").getAsInt()));
	}

	@Test
	void generateWritesTheChecklistsOfEveryReadableFileThenExitsWithTwo() throws Exception {
		Run run = pcchat("generate", "--format", "md", "--max-size", LIMIT, folder);
		Path site = Path.of(folder);
		assertAll(
				() -> assertEquals(2, run.exitCode()),
				() -> assertEquals(List.of(notUtf8, tooLarge), run.errLines()),
				() -> assertEquals(List.of("wrote " + site.resolve("checklists/Contoso.checklist.md"),
						"wrote " + site.resolve("sub/checklists/Fabrikam.checklist.md")), run.outLines().subList(0, 2)),
				() -> assertTrue(run.outLines().get(2).startsWith("2 checklists: ")
						&& run.outLines().get(2).endsWith("; 2 files written, 0 unchanged; 2 files could not be read"), run.out()),
				() -> assertEquals(List.of(site.resolve("checklists/Contoso.checklist.md"),
						site.resolve("sub/checklists/Fabrikam.checklist.md")), checklists(site)));
	}

	@Test
	void generateWritesNothingWhenAReadableTopologyHasSyntaxErrors() throws Exception {
		Files.writeString(Path.of(folder, "e-broken.pctopo"), "topology Broken {");
		Run run = pcchat("generate", "--max-size", LIMIT, folder);
		assertEquals(2, run.exitCode(), "a file that could not be read outweighs the syntax error's 1");
		assertEquals(List.of(notUtf8, tooLarge), run.errLines().subList(0, 2));
		assertTrue(run.errLines().get(run.errLines().size() - 1).startsWith("pcchat: error: no checklist written"),
				run.err());
		assertEquals(List.of(), checklists(Path.of(folder)));
	}

	private static List<Path> checklists(Path folder) throws Exception {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(file -> file.toString().contains("checklist.")).sorted().toList();
		}
	}
}
