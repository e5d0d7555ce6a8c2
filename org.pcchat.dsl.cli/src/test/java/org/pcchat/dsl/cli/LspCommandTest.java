package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pcchat.dsl.cli.Run.pcchat;

import java.net.URI;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** `pcchat lsp` as a command: its help, and the rules page its diagnostics link to by default. */
class LspCommandTest {

	@Test
	void helpSaysHowTheServerTalks() {
		Run run = pcchat("lsp", "--help");
		assertAll(
				() -> assertEquals(0, run.exitCode()),
				() -> assertTrue(run.out().contains("LSP (JSON-RPC) on standard input and output"), run.out()),
				() -> assertTrue(run.out().contains("--rules-url=URL"), run.out()));
	}

	@Test
	void diagnosticsLinkToTheCheckoutsRulesPageByDefault() {
		Path root = Path.of(System.getProperty("pcchat.root", "..")).toAbsolutePath().normalize();
		URI page = LspCommand.checkoutRulesPage();
		assertEquals(root.resolve("docs/rules.md").toUri(), page);
	}
}
