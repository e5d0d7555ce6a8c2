package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facts collector, tools/Get-PcchatFacts.ps1, which no machine of ours can run: its syntax is
 * checked with a real PowerShell parser (tree-sitter-powershell, installed from npm into target/ by
 * {@code npm ci}), and every WMI/CIM class, registry key and cmdlet it uses is declared in its
 * $Sources table. Needs node and npm; without them the test fails, saying so.
 */
class CollectorScriptTest {

	private static final Path ROOT = Path.of(System.getProperty("pcchat.root", ".."));
	private static final Path SCRIPT = ROOT.resolve("tools/Get-PcchatFacts.ps1");
	private static final Path CHECKER = ROOT.resolve("tools/powershell-syntax");
	private static final Path WORK = Path.of("target/powershell-syntax");

	@TempDir
	private Path dir;

	@BeforeAll
	static void installParser() throws IOException, InterruptedException {
		for (String tool : List.of("node", "npm")) {
			if (!onPath(tool)) {
				fail("'" + tool + "' is not installed: the build checks tools/Get-PcchatFacts.ps1 with tree-sitter-powershell "
						+ "from npm, which needs Node.js 18 or newer and npm (Debian: apt-get install nodejs npm; .ci/run installs them)");
			}
		}
		Files.createDirectories(WORK);
		for (String file : List.of("package.json", "package-lock.json", "check.mjs")) {
			Files.copy(CHECKER.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
		}
		if (!Files.isDirectory(WORK.resolve("node_modules/tree-sitter-powershell"))) {
			Result install = run(WORK, "npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--prefer-offline");
			assertEquals(0, install.exitCode(), "npm ci in " + WORK + " failed, so the PowerShell syntax check cannot run:\n"
					+ install.output());
		}
	}

	@Test
	void collectorParsesWithoutErrors() throws IOException, InterruptedException {
		Result check = run(WORK, "node", "check.mjs", SCRIPT.toAbsolutePath().toString());
		assertEquals(0, check.exitCode(), "tools/Get-PcchatFacts.ps1 has syntax errors:\n" + check.output());
		assertTrue(check.output().contains("no syntax errors"), check.output());
	}

	/** The check can fail: a script with a syntax error is reported with its line. */
	@Test
	void brokenScriptFailsTheCheck() throws IOException, InterruptedException {
		Path broken = Files.writeString(dir.resolve("broken.ps1"), "param([string] $Name)\nif ($Name {\n  'x'\n");
		Result check = run(WORK, "node", "check.mjs", broken.toString());
		assertEquals(1, check.exitCode(), check.output());
		assertTrue(check.output().contains(broken + ":2:"), check.output());
	}

	@Test
	void everyCmdletItRunsIsDeclaredInSources() throws IOException, InterruptedException {
		Result commands = run(WORK, "node", "check.mjs", "--commands", SCRIPT.toAbsolutePath().toString());
		assertEquals(0, commands.exitCode(), commands.output());
		Matcher used = Pattern.compile("\\[(.*)\\]").matcher(commands.output());
		assertTrue(used.find(), commands.output());
		TreeSet<String> run = new TreeSet<>(quoted(used.group(1)));
		Matcher declared = Pattern.compile("Cmdlets\\s*=\\s*@\\(([^)]*)\\)").matcher(sources());
		assertTrue(declared.find(), "$Sources declares Cmdlets");
		assertEquals(new TreeSet<>(quoted(declared.group(1))), run, "the cmdlets the script runs are those $Sources.Cmdlets "
				+ "declares");
	}

	/** A class, registry key or certificate store named outside $Sources would be a second place to look. */
	@Test
	void classesAndRegistryKeysAreNamedOnlyInSources() throws IOException {
		String script = Files.readString(SCRIPT);
		String outside = script.replace(sources(), "");
		Matcher named = Pattern.compile("(Win32_\\w+|MSFT_\\w+|HKLM:[^'\"]*|Cert:[^'\"]*|root/\\w+)").matcher(outside);
		List<String> found = new ArrayList<>();
		while (named.find()) {
			found.add(named.group());
		}
		assertEquals(List.of(), found, "named outside the $Sources region");
	}

	private static String sources() throws IOException {
		String script = Files.readString(SCRIPT);
		int start = script.indexOf("# region Sources");
		int end = script.indexOf("# endregion", start);
		assertTrue(start >= 0 && end > start, "the script has a '# region Sources' ... '# endregion'");
		return script.substring(start, end);
	}

	private static List<String> quoted(String list) {
		List<String> names = new ArrayList<>();
		Matcher name = Pattern.compile("[\"']([^\"']+)[\"']").matcher(list);
		while (name.find()) {
			names.add(name.group(1));
		}
		return names;
	}

	private static boolean onPath(String tool) {
		for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, tool))) {
				return true;
			}
		}
		return false;
	}

	private record Result(int exitCode, String output) {
	}

	private static Result run(Path directory, String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
		process.getOutputStream().close();
		byte[] output = process.getInputStream().readAllBytes();
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			fail(String.join(" ", command) + " did not finish in 5 minutes");
		}
		return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
	}
}
