package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.pcchat.dsl.generator.ChecklistFormat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Provide;

/**
 * Fuzzes {@code pcchat generate} as users run it: for any input it writes the complete set of
 * checklists (exit 0, or 1 when they flag errors) or no file at all (exit 1 for syntax and
 * reference errors, 2 for an input it cannot read), and its errors are lines, never a stack trace.
 */
class GenerateFuzzTest {

	@Fuzz(inputs = 300)
	void writesEveryChecklistOrNone(@ForAll("inputs") String text) throws IOException {
		Path root = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "generate");
		try {
			generate(root, text);
		} finally {
			TemporaryFolders.delete(root);
		}
	}

	private static void generate(Path root, String text) throws IOException {
		Path topology = Files.writeString(root.resolve("input.pctopo"), text);
		Path out = root.resolve("out");
		Run run = Run.pcchat("generate", "-o", out.toString(), topology.toString());
		assertFalse(run.err().contains("\tat ") || run.err().contains("internal error"), run.err());
		switch (run.exitCode()) {
			case 0 -> {
				assertCompleteSet(out, run);
				assertTrue(summary(run).contains(" 0 errors and "), run.out());
			}
			case 1 -> {
				if (Files.exists(out)) {
					assertCompleteSet(out, run);
					assertFalse(summary(run).contains(" 0 errors and "), "exit 1 with no error flagged: " + run.out());
				} else {
					assertTrue(run.errLines().get(run.errLines().size() - 1).startsWith("pcchat: error: no checklist written"),
							run.err());
				}
			}
			case 2 -> {
				assertFalse(Files.exists(out), "an input error, yet " + out + " was created");
				assertEquals(1, run.errLines().size(), run.err());
			}
			default -> throw new AssertionError("exit code " + run.exitCode() + ": " + run.err());
		}
	}

	private static void assertCompleteSet(Path out, Run run) throws IOException {
		List<Path> files;
		try (Stream<Path> list = Files.list(out)) {
			files = list.sorted().toList();
		}
		assertEquals(ChecklistFormat.values().length, files.size(), files.toString());
		List<String> lines = run.outLines();
		assertEquals(files.stream().map(file -> "wrote " + file).sorted().toList(),
				lines.subList(0, lines.size() - 1).stream().sorted().toList());
		String base = files.get(0).getFileName().toString().replaceAll("\\.[a-z]+$", "");
		for (Path file : files) {
			String name = file.getFileName().toString();
			ChecklistFormat format = Arrays.stream(ChecklistFormat.values())
					.filter(f -> name.equals(base + "." + f.extension())).findFirst()
					.orElseThrow(() -> new AssertionError("not a checklist of " + base + ": " + name));
			Invariants.checkComplete(format, Files.readString(file));
		}
	}

	/** The last line: "1 checklist: N items, E errors and W warnings flagged; ...". */
	private static String summary(Run run) {
		List<String> lines = run.outLines();
		String last = lines.get(lines.size() - 1);
		assertTrue(last.startsWith("1 checklist: "), run.out());
		return last;
	}

	@Provide
	Arbitrary<String> inputs() {
		return Arbitraries.oneOf(TopologyTexts.topologies(), Mutations.tokenMutations(), Mutations.truncations());
	}
}
