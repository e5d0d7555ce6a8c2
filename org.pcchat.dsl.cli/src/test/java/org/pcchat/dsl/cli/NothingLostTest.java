package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pcchat.dsl.cli.Run.pcchat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pcchat.dsl.generator.ChecklistFormat;

/** generate in a checklist folder that holds the user's own files: they stay as they were. */
class NothingLostTest {

	private static final List<String> CHECKLISTS = List.of("Contoso.checklist.csv", "Contoso.checklist.html",
			"Contoso.checklist.json", "Contoso.checklist.md");
	private static final FileTime PAST = FileTime.fromMillis(1_000_000_000_000L);

	@TempDir
	private Path project;

	private Path topology;
	private Path checklists;

	@BeforeEach
	void topologyWithAChecklistFolder() throws IOException {
		topology = Files.copy(Path.of("../examples/contoso.pctopo"), project.resolve("contoso.pctopo"));
		checklists = Files.createDirectories(project.resolve(GenerateCommand.DEFAULT_DIRECTORY));
	}

	@Test
	void userFilesInTheChecklistFolderStayIntact() throws IOException {
		userFile("notes.txt", "who signed off what");
		userFile("archive/2023/Contoso.checklist.md", "- [x] done last year");
		userFile("Contoso.checklist.md.orig", "my edited copy");
		userFile(".Contoso.checklist.md.backup.tmp", "an editor's backup");
		userFile(".Contoso.checklist.md.1a2b.tmp", "named like pcchat's temporary files, but mine");
		Map<String, byte[]> before = userFiles();
		for (int run = 0; run < 2; run++) {
			Run generate = pcchat("generate", topology.toString());
			assertEquals(0, generate.exitCode(), generate.err());
		}
		Map<String, byte[]> after = userFiles();
		assertEquals(before.keySet(), after.keySet());
		before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
		try (Stream<Path> files = Files.walk(checklists)) {
			files.filter(Files::isRegularFile).filter(file -> !before.containsKey(relative(file)))
					.forEach(file -> assertTrue(CHECKLISTS.contains(relative(file)), "unexpected " + file));
		}
		for (String name : before.keySet()) {
			assertEquals(PAST, Files.getLastModifiedTime(checklists.resolve(name)), name + " was touched");
		}
	}

	/** What a run killed while writing leaves: hidden, named after its target, holding the start of a checklist. */
	@Test
	void temporaryFilesOfAKilledRunAreRemovedByTheNextRun() throws IOException {
		userFile(".Contoso.checklist.md.00ff.tmp", ChecklistFormat.MARKDOWN.headerPrefix() + " from a run that was kill");
		userFile(".Contoso.checklist.json.7.tmp", "");
		userFile(".Contoso.checklist.html.abc.tmp", ChecklistFormat.HTML.headerPrefix().substring(0, 5));
		Run generate = pcchat("generate", topology.toString());
		assertEquals(0, generate.exitCode(), generate.err());
		try (Stream<Path> files = Files.list(checklists)) {
			assertEquals(CHECKLISTS, files.map(file -> file.getFileName().toString()).sorted().toList());
		}
	}

	private void userFile(String name, String content) throws IOException {
		Path file = checklists.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
		Files.setLastModifiedTime(file, PAST);
	}

	private Map<String, byte[]> userFiles() throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(checklists)) {
			walk.filter(Files::isRegularFile).filter(file -> !CHECKLISTS.contains(relative(file)))
					.forEach(file -> files.put(relative(file), read(file)));
		}
		return files;
	}

	private String relative(Path file) {
		return checklists.relativize(file).toString();
	}

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
