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
    Path folder = Files.createDirectories(outputs.resolve("shared"));
    Files.setPosixFilePermissions(outputs, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path file = Files.writeString(folder.resolve("locked.pctopo"), "topology T { }");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    List<String> prefix = "root".equals(System.getProperty("user.name"))
        ? List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups") : List.of();
    Result result = run(prefix, "check", file.toString());
    assertEquals("pcchat: error: " + file + ": permission denied\n", result.err());
    assertEquals(2, result.exitCode());
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
