package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pcchat.dsl.generator.ChecklistFormat;
import org.pcchat.dsl.generator.FileNames;

/**
 * generate stopped while it writes (the jar as a process, stopped as soon as its first temporary
 * file appears): every checklist is the old one or a complete new one, never a truncated one, and
 * no temporary file is left where a user would take it for a checklist.
 */
class InterruptedGenerationIT {

	private static final Path JAR = Path.of(System.getProperty("pcchat.jar"));
	private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
	/** Large enough that writing its checklists (some 50 MB) takes a while. */
	private static final long LARGE = 300_000;

	@TempDir
	private Path dir;

	@Test
	void killedWhileWritingLeavesEachChecklistOldOrWhole() throws Exception {
		List<String> hidden = interruptAndRerun(Process::destroyForcibly);
		assertTrue(hidden.size() <= 1, "at most the one file being written: " + hidden);
	}

	/** Ctrl-C or a plain kill: the run removes the temporary file it was writing. */
	@Test
	void stoppedWhileWritingRemovesItsTemporaryFile() throws Exception {
		assertEquals(List.of(), interruptAndRerun(Process::destroy));
	}

	/** Returns the hidden files the interrupted run left; the run after it must remove them. */
	private List<String> interruptAndRerun(Consumer<Process> stop) throws Exception {
		Path out = dir.resolve("out");
		Path small = Files.writeString(dir.resolve("small.pctopo"), LargeTopology.of(30_000));
		assertEquals(0, generate(out, small).waitFor());
		Path notes = Files.writeString(out.resolve("notes.txt"), "my notes");
		Map<String, byte[]> old = checklists(out);

		Path large = Files.writeString(dir.resolve("large.pctopo"), LargeTopology.of(LARGE));
		Process run = generate(out, large);
		waitForTemporaryFile(out, run);
		stop.accept(run);
		assertTrue(run.waitFor(1, TimeUnit.MINUTES));
		assertNotEquals(0, run.exitValue(), "stopped before it finished");

		Map<String, byte[]> interrupted = checklists(out);
		assertEquals(old.keySet(), interrupted.keySet());
		assertEquals(List.of("notes.txt"), visibleOthers(out));
		List<String> hidden = hidden(out);
		assertTrue(interrupted.entrySet().stream().anyMatch(e -> Arrays.equals(old.get(e.getKey()), e.getValue())),
				"stopped while writing, so not every checklist is new yet");

		assertEquals(0, generate(out, large).waitFor(), "the run after it");
		Map<String, byte[]> fresh = checklists(out);
		interrupted.forEach((name, bytes) -> assertTrue(Arrays.equals(bytes, old.get(name))
				|| Arrays.equals(bytes, fresh.get(name)), name + " is neither the old nor the new checklist"));
		fresh.forEach((name, bytes) -> Invariants.checkComplete(format(name), new String(bytes, StandardCharsets.UTF_8)));
		assertEquals(List.of(), hidden(out), "the next run removes what the stopped one left");
		assertArrayEquals("my notes".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(notes));
		return hidden;
	}

	private Process generate(Path out, Path topology) throws IOException {
		return new ProcessBuilder(JAVA, "-jar", JAR.toString(), "generate", "-o", out.toString(), topology.toString())
				.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
	}

	private static void waitForTemporaryFile(Path out, Process run) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (hidden(out).isEmpty()) {
			assertTrue(run.isAlive(), "generate ended before writing a temporary file");
			assertTrue(System.nanoTime() < deadline, "no temporary file after 2 minutes");
			Thread.onSpinWait();
		}
	}

	private static Map<String, byte[]> checklists(Path out) throws IOException {
		Map<String, byte[]> files = new HashMap<>();
		for (ChecklistFormat format : ChecklistFormat.values()) {
			String name = FileNames.checklistFile("Large", format);
			files.put(name, Files.readAllBytes(out.resolve(name)));
		}
		return files;
	}

	private static ChecklistFormat format(String name) {
		return Arrays.stream(ChecklistFormat.values()).filter(f -> name.endsWith("." + f.extension())).findFirst()
				.orElseThrow();
	}

	private static List<String> visibleOthers(Path out) throws IOException {
		List<String> others = new ArrayList<>(names(out).stream().filter(name -> !name.startsWith(".")).toList());
		others.removeIf(name -> name.startsWith("Large.checklist."));
		return others;
	}

	private static List<String> hidden(Path out) throws IOException {
		return names(out).stream().filter(name -> name.startsWith(".")).toList();
	}

	private static List<String> names(Path out) throws IOException {
		try (Stream<Path> files = Files.list(out)) {
			return files.map(file -> file.getFileName().toString()).sorted().toList();
		}
	}
}
