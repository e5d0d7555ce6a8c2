package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A real editor we did not write: neovim's built-in LSP client, headless, opens a topology without
 * Message Queuing, runs the packaged server, and writes the diagnostics and the hover it received
 * (resources/neovim/diagnostics.lua). Needs `nvim` on the PATH: Debian's `neovim` package.
 */
class NeovimClientIT {

	private static final Path JAR = Path.of(System.getProperty("pcchat.jar"));
	private static final Path ROOT = Path.of(System.getProperty("pcchat.root")).toAbsolutePath().normalize();

	@TempDir
	private Path workspace;

	@Test
	void neovimReceivesPC201WithItsLinkAndHover() throws Exception {
		Path topology = workspace.resolve("broken.pctopo");
		Files.writeString(topology, Files.readString(ROOT.resolve("examples/contoso.pctopo"))
				.replaceFirst("installed MSMQ, ", "installed "));
		assertPC201WithItsLinkAndHover(runNeovim(topology, workspace, Map.of()));
	}

	/**
	 * `nvim lone.pctopo` with no project around it: neovim starts the server without a root
	 * directory (rootUri null, no workspace folders); the file gets its diagnostics and hovers all the
	 * same, and nothing is written beside it.
	 */
	@Test
	void neovimOpeningALoneFileGetsTheSame() throws Exception {
		assertALoneFileIsServed(Map.of("PCCHAT_NO_ROOT", "1"));
	}

	/**
	 * The same from a client that does not know workspace folders (neovim told to say so): the
	 * server then takes rootUri alone, which is null (before, a NullPointerException, and no
	 * diagnostics at all).
	 */
	@Test
	void aClientWithoutWorkspaceFoldersOpeningALoneFileGetsTheSame() throws Exception {
		assertALoneFileIsServed(Map.of("PCCHAT_NO_ROOT", "1", "PCCHAT_NO_FOLDER_SUPPORT", "1"));
	}

	private void assertALoneFileIsServed(Map<String, String> environment) throws Exception {
		Path elsewhere = Files.createDirectories(workspace.resolve("elsewhere"));
		Path lone = Files.createDirectories(workspace.resolve("lone")).resolve("broken.pctopo");
		Files.writeString(lone, Files.readString(ROOT.resolve("examples/contoso.pctopo"))
				.replaceFirst("installed MSMQ, ", "installed "));
		assertPC201WithItsLinkAndHover(runNeovim(lone, elsewhere, environment));
		try (var beside = Files.list(lone.getParent())) {
			assertEquals(List.of(lone), beside.toList(), "the server wrote beside the lone file");
		}
	}

	/** Runs neovim in {@code directory} on {@code topology} with the test script; returns what it saw. */
	private JsonObject runNeovim(Path topology, Path directory, Map<String, String> environment) throws Exception {
		Path nvim = nvimOnPath();
		Path script = Path.of(NeovimClientIT.class.getResource("/neovim/diagnostics.lua").toURI());
		Path out = workspace.resolve("seen.json");
		Path log = workspace.resolve("nvim-output.txt");
		ProcessBuilder builder = new ProcessBuilder(nvim.toString(), "--headless", "--clean",
				"-c", "luafile " + script, directory.relativize(topology).toString())
				.directory(directory.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().put("PCCHAT_OUT", out.toString());
		builder.environment().put("PCCHAT_JAR", JAR.toString());
		builder.environment().put("PCCHAT_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
		builder.environment().putAll(environment);
		Process process = builder.start();
		if (!process.waitFor(4, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			fail("nvim did not finish within 4 minutes; its output: " + Files.readString(log));
		}
		assertTrue(Files.exists(out), () -> "nvim wrote no result; its output: " + read(log));
		return JsonParser.parseString(Files.readString(out)).getAsJsonObject();
	}

	private static void assertPC201WithItsLinkAndHover(JsonObject seen) {
		JsonArray diagnostics = seen.getAsJsonArray("diagnostics");
		assertEquals(1, diagnostics.size(), seen::toString);
		JsonObject pc201 = diagnostics.get(0).getAsJsonObject();
		assertAll(
				() -> assertEquals("[]", String.valueOf(seen.get("errors")), seen::toString),
				() -> assertEquals("PC201", pc201.get("code").getAsString()),
				() -> assertEquals(List.of(53, 19, 53, 23), List.of(pc201.get("lnum").getAsInt(), pc201.get("col").getAsInt(),
						pc201.get("end_lnum").getAsInt(), pc201.get("end_col").getAsInt())),
				() -> assertEquals(1, pc201.get("severity").getAsInt(), "vim.diagnostic.severity.ERROR"),
				() -> assertEquals("pcchat", pc201.get("source").getAsString()),
				() -> assertTrue(pc201.get("message").getAsString().startsWith("Persistent Chat server 'pc01' does not have"),
						pc201::toString),
				() -> assertEquals(ROOT.resolve("docs/rules.md").toUri() + "#pc201", pc201.get("href").getAsString()),
				() -> assertTrue(seen.get("hover").getAsString().startsWith("**PC201: Message Queuing not installed**"),
						seen::toString),
				() -> assertEquals(0, seen.get("exit_code").getAsInt(), "the server's exit code after shutdown and exit"));
	}

	/** CI installs neovim (.ci/run); a machine without it must not pass this test silently. */
	private static Path nvimOnPath() {
		return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
				.map(folder -> Path.of(folder, "nvim")).filter(Files::isExecutable).findFirst()
				.orElseGet(() -> fail("nvim is not on the PATH: this test drives neovim's LSP client; install Debian's "
						+ "'neovim' package (apt-get install neovim), as .ci/run does"));
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (java.io.IOException e) {
			return "(unreadable: " + e + ")";
		}
	}
}
