package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that are not topologies, or not files: each gives one line and exit 2 when it cannot be
 * read, or a normal report when it can, never a stack trace, a hang, or an exhausted memory.
 * (Unreadable files and folders need a user whom permissions stop: PackagedJarIT.)
 */
class HostileInputTest {

	private static final Duration QUICKLY = Duration.ofSeconds(20);

	@TempDir
	private Path dir;

	@Test
	void symbolicLinkLoopIsOneLine() throws IOException {
		Path loop = dir.resolve("loop.pctopo");
		Files.createSymbolicLink(loop, dir.resolve("other"));
		Files.createSymbolicLink(dir.resolve("other"), loop);
		assertOneLineError("a loop of symbolic links", "check", loop.toString());
		assertOneLineError("a loop of symbolic links", "generate", loop.toString());
	}

	@Test
	void fifoIsNeverOpened() throws Exception {
		Path fifo = dir.resolve("pipe.pctopo");
		Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
		assertTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo");
		assertTimeoutPreemptively(QUICKLY, () -> {
			assertOneLineError("not a regular file", "check", fifo.toString());
			assertOneLineError("not a regular file", "generate", fifo.toString());
			// searched for, it is not a topology file at all
			assertOneLineError("no .pctopo files in this directory or below", "check", dir.toString());
		});
	}

	@Test
	void emptyFileIsASyntaxError() throws IOException {
		Path empty = Files.createFile(dir.resolve("empty.pctopo"));
		Run run = pcchat("check", empty.toString());
		assertAll(
				() -> assertEquals(1, run.exitCode()),
				() -> assertEquals(List.of(empty + ":1:1: error: no topology in this file; it holds one topology NAME { ... }"
						+ " [PC001]", "1 file checked: 1 error, 0 warnings, 0 infos"), run.outLines()),
				() -> assertEquals("", run.err()));
	}

	@Test
	void fileThatIsNotUtf8IsOneLine() throws IOException {
		Path latin1 = Files.write(dir.resolve("latin1.pctopo"),
				"topology Caf\u00e9 { }".getBytes(StandardCharsets.ISO_8859_1));
		assertOneLineError("not valid UTF-8 (byte 0xE9 on line 1); save the file as UTF-8", "check", latin1.toString());
		assertOneLineError("not valid UTF-8 (byte 0xE9 on line 1); save the file as UTF-8", "generate", latin1.toString());
	}

	/** 150 MB (sparse, so that the test writes nothing), over the default limit: refused before a byte is read. */
	@Test
	void fileOverTheDefaultLimitIsRefusedAtOnce() throws IOException {
		Path huge = sparse("huge.pctopo", 150L * 1024 * 1024);
		String tooLarge = "too large (150 MB; the limit is 100 MB); read it with --max-size 150MB";
		assertTimeoutPreemptively(QUICKLY, () -> {
			assertOneLineError(tooLarge, "check", huge.toString());
			assertOneLineError(tooLarge, "generate", huge.toString());
		});
	}

	/** One byte over the limit: the sizes in bytes, since "100.0 MB" against "100 MB" would read as no difference. */
	@Test
	void fileOneByteOverTheLimitShowsBytes() throws IOException {
		Path over = sparse("over.pctopo", 100L * 1024 * 1024 + 1);
		assertTimeoutPreemptively(QUICKLY, () -> assertOneLineError("too large (104,857,601 bytes; the limit is "
				+ "104,857,600 bytes); read it with --max-size 101MB", "check", over.toString()));
	}

	@Test
	void maxSizeSetsTheLimitForCheckAndGenerate() throws IOException {
		String text = LargeTopology.of(64 * 1024);
		Path file = Files.writeString(dir.resolve("large.pctopo"), text);
		int size = text.getBytes(StandardCharsets.UTF_8).length;
		for (String command : List.of("check", "generate")) {
			Path out = Files.createDirectories(dir.resolve(command + "-out"));
			List<String> output = command.equals("generate") ? List.of("-o", out.toString()) : List.of();
			Run exact = pcchat(args(command, output, "--max-size", String.valueOf(size), file.toString()));
			assertEquals(0, exact.exitCode(), command + " " + exact.err());
			Run smaller = pcchat(args(command, output, "--max-size", String.valueOf(size - 1), file.toString()));
			assertEquals(2, smaller.exitCode(), command);
			assertEquals(List.of("pcchat: error: " + file + ": too large (" + SizeLimit.describe(size) + "; the limit is "
					+ SizeLimit.describe(size - 1) + "); read it with --max-size " + (size + 1023) / 1024 + "k"),
					smaller.errLines(), command);
			assertEquals(0, pcchat(args(command, output, "--max-size", "64k", file.toString())).exitCode(), command);
			assertEquals(2, pcchat(args(command, output, "--max-size", "63k", file.toString())).exitCode(), command);
		}
	}

	@Test
	void maxSizeThatIsNotASizeIsAUsageError() {
		for (String size : List.of("ten", "10 TB", "-1", "0", "99999999999999999999", "9999999999G")) {
			Run run = pcchat("check", "--max-size", size, "x.pctopo");
			assertEquals(2, run.exitCode(), size);
			assertEquals(1, run.errLines().size(), run.err());
			assertTrue(run.err().startsWith("pcchat: error: Invalid value for option '--max-size': '"), run.err());
			assertTrue(run.err().endsWith("(see 'pcchat check --help')\n"), run.err());
		}
	}

	/** A topology of 9,000 servers (2 MB, the old limit): checked in bounded time (a quadratic check took minutes). */
	@Test
	void largeFileIsCheckedInSeconds() throws IOException {
		Path large = Files.writeString(dir.resolve("large.pctopo"), LargeTopology.of(2L * 1024 * 1024));
		assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
			Run run = pcchat("check", large.toString());
			assertEquals(0, run.exitCode(), run.err());
			assertEquals(List.of("1 file checked: 0 errors, 0 warnings, 0 infos"), run.outLines());
		});
	}

	@Test
	void tenThousandNestedBracesAreSyntaxErrors() throws IOException {
		Path braces = Files.writeString(dir.resolve("braces.pctopo"), "{".repeat(10_000));
		Path sites = Files.writeString(dir.resolve("sites.pctopo"),
				"topology T {\n" + "site S {\n".repeat(10_000) + "}\n".repeat(10_001));
		assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
			for (Path file : List.of(braces, sites)) {
				Run run = pcchat("check", file.toString());
				assertEquals(1, run.exitCode(), file.toString());
				assertTrue(run.outLines().stream().limit(run.outLines().size() - 1)
						.allMatch(line -> line.startsWith(file + ":") && line.matches(".*\\[PC\\d{3}]")), run.out());
				assertTrue(run.out().contains("[PC001]"), run.out());
				assertEquals("", run.err());
			}
		});
	}

	private Path sparse(String name, long size) throws IOException {
		Path file = dir.resolve(name);
		try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
			sparse.setLength(size);
		}
		return file;
	}

	private static String[] args(String command, List<String> output, String... rest) {
		List<String> all = new java.util.ArrayList<>(List.of(command));
		all.addAll(output);
		all.addAll(List.of(rest));
		return all.toArray(String[]::new);
	}

	private static void assertOneLineError(String problem, String... args) {
		Run run = pcchat(args);
		String file = args[args.length - 1];
		assertAll(String.join(" ", args),
				() -> assertEquals(2, run.exitCode()),
				() -> assertEquals(List.of("pcchat: error: " + file + ": " + problem), run.errLines()),
				() -> assertEquals("", run.out()));
	}
}
