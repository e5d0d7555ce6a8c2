package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pcchat.dsl.cli.Run.pcchat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `pcchat check` as a user runs it: exit codes, output lines and error messages. */
class CheckCommandTest {

	private static final String FIXTURES = "src/test/resources/fixtures/";
	private static final String VALID = FIXTURES + "valid.pctopo";
	private static final String SYNTAX_ERROR = FIXTURES + "broken/syntax-error.pctopo";
	private static final String WARNINGS_ONLY = FIXTURES + "warnings-only.pctopo";
	private static final String CLEAN_SUMMARY = "1 file checked: 0 errors, 0 warnings, 0 infos";

	@Test
	void cleanFileExitsZeroAndPrintsOnlyTheSummary() {
		Run run = pcchat("check", VALID);
		assertAll(
				() -> assertEquals(0, run.exitCode()),
				() -> assertEquals(List.of(CLEAN_SUMMARY), run.outLines()),
				() -> assertEquals("", run.err()));
	}

	@Test
	void syntaxErrorIsReportedAsPC001AtItsPosition() {
		Run run = pcchat("check", SYNTAX_ERROR);
		assertEquals(1, run.exitCode());
		assertTrue(run.outLines().get(0).matches(
				"\\Q" + SYNTAX_ERROR + "\\E:33:1: error: \\S.* \\[PC001\\]"), run.out());
		assertEquals("1 file checked: 1 error, 0 warnings, 0 infos", run.outLines().get(1));
	}

	@Test
	void unresolvedReferenceIsReportedAsPC002AtItsPosition() {
		String file = FIXTURES + "broken/unresolved-reference.pctopo";
		Run run = pcchat("check", file);
		assertEquals(1, run.exitCode());
		assertTrue(run.outLines().get(0).matches(
				"\\Q" + file + "\\E:25:21: error: \\S.*'Nowhere'.* \\[PC002\\]"), run.out());
	}

	@Test
	void directoryIsReportedSortedByFileThenPosition() throws IOException {
		Run run = pcchat("check", FIXTURES + "broken");
		assertEquals(1, run.exitCode());
		assertEquals(Files.readString(Path.of("src/test/resources/golden/broken.txt")), run.out());
	}

	@Test
	void directoriesAreSearchedRecursivelyForPctopoFilesOnly() {
		Run run = pcchat("check", FIXTURES + "tree");
		assertTrue(run.outLines().contains("2 files checked: 0 errors, 0 warnings, 0 infos"), run.out());
	}

	@Test
	void fileNamedTwiceIsCheckedOnce() {
		Run run = pcchat("check", VALID, "./" + VALID);
		assertEquals(List.of(CLEAN_SUMMARY), run.outLines());
	}

	@Test
	void byteOrderMarkIsNotPartOfTheText() {
		Run run = pcchat("check", FIXTURES + "byte-order-mark.pctopo");
		assertEquals(0, run.exitCode(), run.out());
	}

	@Test
	void missingFileIsOneLineWithoutStackTrace() {
		Run run = pcchat("check", VALID, FIXTURES + "missing.pctopo");
		assertAll(
				() -> assertEquals(2, run.exitCode()),
				() -> assertEquals("pcchat: error: " + FIXTURES + "missing.pctopo: no such file\n", run.err()),
				() -> assertEquals(List.of("1 file checked: 0 errors, 0 warnings, 0 infos; 1 file could not be read"),
						run.outLines(), "the files that can be read are checked"));
	}

	@Test
	void verboseAddsTheStackTrace() {
		Run run = pcchat("check", "--verbose", FIXTURES + "missing.pctopo");
		assertEquals(2, run.exitCode());
		assertEquals("pcchat: error: " + FIXTURES + "missing.pctopo: no such file", run.errLines().get(0));
		assertTrue(run.err().contains("\tat org.pcchat.dsl.cli."), run.err());
	}

	@Test
	void directoryWithoutTopologiesIsAnError(@TempDir Path directory) throws IOException {
		Files.writeString(directory.resolve("notes.txt"), "no topology here");
		Run run = pcchat("check", directory.toString());
		assertEquals(2, run.exitCode());
		assertEquals(List.of("pcchat: error: " + directory + ": no .pctopo files in this directory or below"),
				run.errLines());
	}

	@Test
	void fileThatIsNotUtf8IsAnError() {
		Run run = pcchat("check", FIXTURES + "latin1.pctopo");
		assertEquals(2, run.exitCode());
		assertEquals(List.of("pcchat: error: " + FIXTURES
				+ "latin1.pctopo: not valid UTF-8 (byte 0xE9 on line 1); save the file as UTF-8"), run.errLines());
	}

	@Test
	void usageErrorIsOneLineThatPointsToHelp() {
		Run run = pcchat("check", "--format", "xml", VALID);
		assertEquals(2, run.exitCode());
		assertEquals(1, run.errLines().size(), run.err());
		assertTrue(run.err().startsWith("pcchat: error: Invalid value for option '--format'"), run.err());
		assertTrue(run.err().contains("[text, json, sarif]") && run.err().contains("'pcchat check --help'"), run.err());
	}

	@Test
	void optionValuesMayBeWrittenInAnyCase() {
		Run json = pcchat("check", "--format", "JSON", "--fail-on", "Warning", WARNINGS_ONLY);
		assertEquals(1, json.exitCode(), json.err());
		assertEquals(pcchat("check", "--format", "json", WARNINGS_ONLY).out(), json.out());
		assertEquals(0, pcchat("check", "--format", "Sarif", "--fail-on", "ERROR", WARNINGS_ONLY).exitCode());
	}

	@Test
	void helpListsTheValuesInLowerCase() {
		Run help = pcchat("check", "--help");
		assertTrue(help.out().contains("Output format: text, json, sarif."), help.out());
		assertTrue(help.out().contains("error, warning"), help.out());
	}

	@Test
	void warningsFailTheRunOnlyWithFailOnWarning() {
		Run byDefault = pcchat("check", WARNINGS_ONLY);
		assertEquals(0, byDefault.exitCode(), byDefault.out());
		assertEquals("1 file checked: 0 errors, 1 warning, 0 infos", byDefault.outLines().get(1));
		assertTrue(byDefault.outLines().get(0).startsWith(WARNINGS_ONLY + ":25:18: warning: "), byDefault.out());

		Run strict = pcchat("check", "--fail-on", "warning", WARNINGS_ONLY);
		assertEquals(1, strict.exitCode());
		assertEquals(byDefault.out(), strict.out());
	}

	@Test
	void failOnErrorIsTheDefault() {
		assertEquals(0, pcchat("check", "--fail-on", "error", WARNINGS_ONLY).exitCode());
		assertEquals(1, pcchat("check", "--fail-on", "error", SYNTAX_ERROR).exitCode());
	}

	@Test
	void failOnTakesOnlyErrorOrWarning() {
		Run run = pcchat("check", "--fail-on", "info", VALID);
		assertEquals(2, run.exitCode());
		assertEquals(1, run.errLines().size(), run.err());
		assertTrue(run.err().startsWith("pcchat: error: Invalid value for option '--fail-on'"), run.err());
		assertTrue(run.err().contains("[error, warning]"), run.err());
	}

	@Test
	void configFileThatTurnsTheRuleOffReplacesTheOneBesideTheTopology() {
		Run run = pcchat("check", "--fail-on", "warning", "--config", FIXTURES + "config/pc215-off.json", WARNINGS_ONLY);
		assertEquals(0, run.exitCode(), run.out());
		assertEquals(List.of(CLEAN_SUMMARY), run.outLines());
	}

	@Test
	void mistakesInTheConfigFileAreReportedAsPC901() {
		Run run = pcchat("check", "--config", FIXTURES + "config/unknown-rule.json", WARNINGS_ONLY);
		assertEquals(1, run.exitCode());
		assertEquals(WARNINGS_ONLY + ":2:10: error: config/unknown-rule.json:3:5: unknown rule 'PC999'; "
				+ "pcchat rules lists them [PC901]", run.outLines().get(0));
	}

	@Test
	void missingConfigFileIsOneLine() {
		Run run = pcchat("check", "--config", FIXTURES + "config/missing.json", VALID);
		assertEquals(2, run.exitCode());
		assertEquals(List.of("pcchat: error: --config " + FIXTURES + "config/missing.json: no such file"), run.errLines());
		assertEquals("", run.out());
	}

	@Test
	void configFileThatIsNotUtf8IsOneLine() {
		Run run = pcchat("check", "--config", FIXTURES + "latin1.pctopo", VALID);
		assertEquals(2, run.exitCode());
		assertEquals(List.of("pcchat: error: --config " + FIXTURES
				+ "latin1.pctopo: not valid UTF-8 (byte 0xE9 on line 1); save the file as UTF-8"), run.errLines());
	}

	@Test
	void pathIsRequired() {
		Run run = pcchat("check");
		assertEquals(2, run.exitCode());
		assertEquals(1, run.errLines().size(), run.err());
	}

	@Test
	void commandIsRequired() {
		Run run = pcchat();
		assertEquals(2, run.exitCode());
		assertEquals(List.of("pcchat: error: missing command (see 'pcchat --help')"), run.errLines());
	}

	@Test
	void everyCommandHasHelp() {
		for (String[] args : List.of(new String[] {"--help"}, new String[] {"check", "--help"},
				new String[] {"generate", "--help"}, new String[] {"rules", "--help"})) {
			Run run = pcchat(args);
			assertEquals(0, run.exitCode());
			assertTrue(run.out().startsWith("Usage: pcchat"), run.out());
		}
	}

	@Test
	void versionIsTheBuildVersion() {
		Run run = pcchat("--version");
		assertEquals(0, run.exitCode());
		assertEquals(List.of("pcchat " + Version.number()), run.outLines());
		assertFalse(Version.number().contains("${"), "version.properties must be filtered by Maven");
	}
}
