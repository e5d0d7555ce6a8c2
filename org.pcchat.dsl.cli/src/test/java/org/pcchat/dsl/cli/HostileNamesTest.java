package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.pcchat.dsl.generator.ChecklistFormat;
import org.pcchat.dsl.generator.FileNames;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Provide;

/**
 * Names that look like paths, devices or nothing at all never give an invalid file name, and
 * never make generate write outside its output directory.
 */
class HostileNamesTest {

	/** What Windows, macOS and Linux all accept, without a leading dot or hyphen. */
	private static final Pattern PORTABLE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,99}\\.checklist\\.[a-z]+");
	// Windows' reserved device names (Win32 file naming rules), which no extension makes usable.
	private static final Set<String> DEVICES = Set.of("CON", "PRN", "AUX", "NUL", "COM0", "COM1", "COM2", "COM3",
			"COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6",
			"LPT7", "LPT8", "LPT9");
	private static final List<String> HOSTILE = List.of("../../x", "..", ".", "./x", "/etc/passwd", "C:\\x",
			"C:", "\\\\server\\share\\x", "a/b", "CON", "con", "Con.txt", "COM0", "LPT0", "com9.checklist", "nul.",
			"aux ", "", " ", "-rf", ".hidden", "...", "x".repeat(300), "\u540d\u524d", "e\u0301", "\u202Egnp.exe",
			"\0", "a\nb", "$x", "^site");

	@Fuzz(inputs = 2000)
	void checklistFileNamesArePortable(@ForAll("names") String name) {
		for (ChecklistFormat format : ChecklistFormat.values()) {
			String file = FileNames.checklistFile(name, format);
			assertTrue(PORTABLE.matcher(file).matches(), file);
			assertFalse(DEVICES.contains(file.split("\\.", 2)[0].toUpperCase(Locale.ROOT)), file);
			Path folder = Path.of("out");
			assertEquals(folder, folder.resolve(file).normalize().getParent(), file);
		}
	}

	/** Topology names as the grammar lets them be written: generate writes exactly its four files into -o. */
	@Fuzz(inputs = 100)
	void generateWritesOnlyIntoItsOutputDirectory(@ForAll("topologyNames") String name) throws IOException {
		Path root = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "names");
		try {
			generate(root, name);
		} finally {
			TemporaryFolders.delete(root);
		}
	}

	private static void generate(Path root, String name) throws IOException {
		Path topology = Files.writeString(root.resolve("t.pctopo"), "topology " + name + " { }\n");
		Path out = root.resolve("out");
		Run run = Run.pcchat("generate", "-o", out.toString(), topology.toString());
		// an empty topology has no Front End (PC101): written, and flagged, so exit 1
		assertEquals(1, run.exitCode(), run.err());
		assertTrue(run.outLines().get(run.outLines().size() - 1).contains(" 1 error and "), run.out());
		try (Stream<Path> files = Files.walk(root)) {
			List<Path> written = files.filter(Files::isRegularFile).filter(file -> !file.equals(topology)).toList();
			assertEquals(4, written.size(), written.toString());
			for (Path file : written) {
				assertEquals(out, file.getParent(), file.toString());
				assertTrue(PORTABLE.matcher(file.getFileName().toString()).matches(), file.toString());
			}
		}
	}

	@Provide
	Arbitrary<String> names() {
		return Arbitraries.oneOf(Arbitraries.of(HOSTILE), Arbitraries.strings().ofMaxLength(120),
				Arbitraries.strings().withChars("./\\:-_ CONconLPT0123456789").ofMaxLength(12));
	}

	@Provide
	Arbitrary<String> topologyNames() {
		Arbitrary<String> identifiers = Arbitraries.strings().withChars("_COMLPTNULaux0123456789").ofMinLength(1)
				.ofMaxLength(300).filter(name -> !Character.isDigit(name.charAt(0)));
		return Arbitraries.oneOf(Arbitraries.of("CON", "com1", "LPT0", "Nul", "_", "__", "^topology", "^site",
				"a".repeat(300)), identifiers);
	}
}
