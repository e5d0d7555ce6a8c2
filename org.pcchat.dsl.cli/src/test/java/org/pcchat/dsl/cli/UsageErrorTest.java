package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pcchat.dsl.cli.Run.pcchat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A mistyped command or option: one line that names it and, when one is close, what was meant. */
class UsageErrorTest {

	@Test
	void mistypedCommandsAreNamedWithTheCommandMeant() {
		assertAll(
				() -> assertUsageError("unknown command 'chek'; did you mean 'check'?", "pcchat", "chek", "x.pctopo"),
				() -> assertUsageError("unknown command 'chekc'; did you mean 'check'?", "pcchat", "chekc", "x.pctopo"),
				() -> assertUsageError("unknown command 'generat'; did you mean 'generate'?", "pcchat", "generat"),
				() -> assertUsageError("unknown command 'rule'; did you mean 'rules'?", "pcchat", "rule"),
				() -> assertUsageError("unknown command 'LSP'; did you mean 'lsp'?", "pcchat", "LSP"),
				() -> assertUsageError("unknown command 'gen'; did you mean 'generate'?", "pcchat", "gen", "x.pctopo"));
	}

	@Test
	void mistypedOptionsAreNamedWithTheOptionMeant() {
		assertAll(
				() -> assertUsageError("unknown option '--fromat'; did you mean '--format'?", "pcchat check", "check",
						"--fromat", "json", "x.pctopo"),
				() -> assertUsageError("unknown option '--formt'; did you mean '--format'?", "pcchat check", "check",
						"--formt=json", "x.pctopo"),
				() -> assertUsageError("unknown option '--fail-no'; did you mean '--fail-on'?", "pcchat check", "check",
						"--fail-no", "error", "x.pctopo"),
				() -> assertUsageError("unknown option '--max-sise'; did you mean '--max-size'?", "pcchat generate",
						"generate", "--max-sise", "1MB", "x.pctopo"),
				() -> assertUsageError("unknown option '--ouput'; did you mean '--output'?", "pcchat generate", "generate",
						"--ouput", "out", "x.pctopo"),
				() -> assertUsageError("unknown option '--rules-ur'; did you mean '--rules-url'?", "pcchat lsp", "lsp",
						"--rules-ur", "x"));
	}

	@Test
	void nothingIsSuggestedWhenNothingIsClose() {
		assertAll(
				() -> assertUsageError("unknown command 'compile'", "pcchat", "compile", "x.pctopo"),
				() -> assertUsageError("unknown option '--strict'", "pcchat check", "check", "--strict", "x.pctopo"));
	}

	@Test
	void typingMistakesAreCounted() {
		assertAll(
				() -> assertEquals(1, Suggestions.mistakes("fromat", "format"), "two letters swapped"),
				() -> assertEquals(1, Suggestions.mistakes("chek", "check"), "a letter missing"),
				() -> assertEquals(1, Suggestions.mistakes("checkk", "check"), "a letter too many"),
				() -> assertEquals(1, Suggestions.mistakes("chack", "check"), "a letter wrong"),
				() -> assertEquals(0, Suggestions.mistakes("check", "check")),
				() -> assertEquals(5, Suggestions.mistakes("", "check")));
	}

	private static void assertUsageError(String problem, String command, String... args) {
		Run run = pcchat(args);
		assertAll(String.join(" ", args),
				() -> assertEquals(2, run.exitCode()),
				() -> assertEquals(List.of("pcchat: error: " + problem + " (see '" + command + " --help')"), run.errLines()),
				() -> assertEquals("", run.out()));
	}
}
