package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shaded jar the way users do, `java -jar`, from the repository root: catches what only
 * packaging can break (main class, merged service files, resources, stray output on stderr).
 */
class PackagedJarIT {

	private static final Path ROOT = Path.of(System.getProperty("pcchat.root"));
	private static final Path JAR = Path.of(System.getProperty("pcchat.jar"));

	@TempDir
	private Path outputs;

	private record Result(int exitCode, String out, String err) {
	}

	@Test
	void exampleIsClean() throws Exception {
		Result result = javaJar("check", "examples/contoso.pctopo");
		assertAll(
				() -> assertEquals("1 file checked: 0 errors, 0 warnings, 0 infos\n", result.out()),
				() -> assertEquals("", result.err()),
				() -> assertEquals(0, result.exitCode()));
	}

	@Test
	void syntaxErrorIsFound() throws Exception {
		String file = "org.pcchat.dsl.cli/src/test/resources/fixtures/broken/syntax-error.pctopo";
		Result result = javaJar("check", file);
		assertEquals(1, result.exitCode());
		assertTrue(result.out().startsWith(file + ":33:1: error: "), result.out());
		assertTrue(result.out().contains("[PC001]"), result.out());
		assertEquals("", result.err());
	}

	@Test
	void missingFileIsOneLine() throws Exception {
		Result result = javaJar("check", "examples/missing.pctopo");
		assertEquals(2, result.exitCode());
		assertEquals("pcchat: error: examples/missing.pctopo: no such file\n", result.err());
	}

	/** Runs as an unprivileged user when the tests run as root, whom permissions do not stop. */
	@Test
	void unreadableFileIsOneLine() throws Exception {
		Path file = Files.writeString(sharedFolder().resolve("locked.pctopo"), "topology T { }");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
		for (String command : List.of("check", "generate")) {
			Result result = run(unprivileged(), command, file.toString());
			assertEquals("pcchat: error: " + file + ": permission denied\n", result.err(), command);
			assertEquals(2, result.exitCode(), command);
		}
	}

	/**
	 * A folder pcchat may not read, named or met while searching a directory: one line naming it; the
	 * topologies beside it are checked.
	 */
	@Test
	void unreadableDirectoryIsOneLine() throws Exception {
		Path tree = Files.createDirectories(sharedFolder().resolve("tree"));
		Files.copy(ROOT.resolve("examples/contoso.pctopo"), tree.resolve("contoso.pctopo"));
		Path locked = Files.createDirectories(tree.resolve("locked"));
		Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
		for (Path argument : List.of(locked, tree)) {
			Result result = run(unprivileged(), "check", argument.toString());
			assertEquals("pcchat: error: " + locked + ": permission denied\n", result.err(), argument.toString());
			assertEquals(2, result.exitCode(), argument.toString());
			assertEquals(argument.equals(tree) ? "1 file checked: 0 errors, 0 warnings, 0 infos; 1 file could not be read\n"
					: "", result.out(), argument.toString());
		}
	}

	/** A file pcchat may not read, in a folder of topologies: one line, the others checked, exit code 2. */
	@Test
	void unreadableFileInADirectoryRunIsOneLine() throws Exception {
		Path tree = Files.createDirectories(sharedFolder().resolve("run"));
		Files.copy(ROOT.resolve("examples/contoso.pctopo"), tree.resolve("a.pctopo"));
		Files.setPosixFilePermissions(tree, PosixFilePermissions.fromString("rwxrwxrwx"));
		Path locked = Files.writeString(tree.resolve("b-locked.pctopo"), "topology T { }");
		Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
		Result check = run(unprivileged(), "check", tree.toString());
		assertAll(
				() -> assertEquals("pcchat: error: " + locked + ": permission denied\n", check.err()),
				() -> assertEquals("1 file checked: 0 errors, 0 warnings, 0 infos; 1 file could not be read\n", check.out()),
				() -> assertEquals(2, check.exitCode()));
		Result generate = run(unprivileged(), "generate", "--format", "md", tree.toString());
		assertAll(
				() -> assertEquals("pcchat: error: " + locked + ": permission denied\n", generate.err()),
				() -> assertTrue(generate.out().startsWith("wrote " + tree.resolve("checklists/Contoso.checklist.md") + "\n1 "
						+ "checklist: "), generate.out()),
				() -> assertTrue(generate.out().endsWith("; 1 file written, 0 unchanged; 1 file could not be read\n"),
						generate.out()),
				() -> assertEquals(2, generate.exitCode()));
	}

	@Test
	void unwritableOutputDirectoryIsOneLine() throws Exception {
		Path folder = sharedFolder();
		Path topology = Files.copy(ROOT.resolve("examples/contoso.pctopo"), folder.resolve("contoso.pctopo"));
		Path locked = Files.createDirectories(folder.resolve("locked"));
		Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
		Result result = run(unprivileged(), "generate", "--format", "md", "-o", locked.toString(), topology.toString());
		assertEquals(2, result.exitCode());
		assertTrue(result.err().startsWith("pcchat: error: " + locked.resolve("Contoso.checklist.md")
				+ ": cannot write: permission denied"), result.err());
		assertEquals(1, result.err().lines().count(), result.err());
		assertEquals("", result.out());
	}

	@Test
	void contosoReportsAreTheGoldenFiles() throws Exception {
		Result text = javaJar("check", "examples/contoso.pctopo");
		Golden.assertGolden("contoso.txt", text.out());
		Result json = javaJar("check", "--format", "json", "examples/contoso.pctopo");
		Golden.assertGolden("contoso.json", json.out());
		Result sarif = javaJar("check", "--format", "sarif", "--rules-url", ReportGoldenTest.RULES_URL,
				"examples/contoso.pctopo");
		Golden.assertGolden("contoso.sarif", sarif.out());
		assertEquals(List.of(0, 0, 0), List.of(text.exitCode(), json.exitCode(), sarif.exitCode()));
	}

	@Test
	void generatedChecklistsAreTheRuntimesGoldenFiles() throws Exception {
		Result result = javaJar("generate", "-o", outputs.resolve("checklists").toString(), "examples/contoso.pctopo");
		assertEquals(0, result.exitCode(), result.err());
		for (String ext : List.of("md", "html", "json", "csv")) {
			assertEquals(-1, Files.mismatch(ROOT.resolve("org.pcchat.dsl.tests/golden/contoso.checklist." + ext),
					outputs.resolve("checklists/Contoso.checklist." + ext)), ext);
		}
	}

	@Test
	void rulesPageIsTheCommittedOne() throws Exception {
		Result result = javaJar("rules", "--format", "md");
		assertEquals(Files.readString(ROOT.resolve("docs/rules.md")), result.out());
		assertEquals("", result.err());
	}

	private Path sharedFolder() throws IOException {
		Path folder = Files.createDirectories(outputs.resolve("shared"));
		Files.setPosixFilePermissions(outputs, PosixFilePermissions.fromString("rwxr-xr-x"));
		Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
		return folder;
	}

	private static List<String> unprivileged() {
		return "root".equals(System.getProperty("user.name"))
				? List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups") : List.of();
	}

	private Result javaJar(String... args) throws IOException, InterruptedException {
		return run(List.of(), args);
	}

	private Result run(List<String> prefix, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(prefix);
		command.addAll(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
		command.addAll(List.of(args));
		Path out = outputs.resolve("out.txt");
		Path err = outputs.resolve("err.txt");
		Process process = new ProcessBuilder(command).directory(ROOT.toFile())
				.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		assertTrue(process.waitFor(2, TimeUnit.MINUTES), "pcchat did not finish");
		return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
	}
}
