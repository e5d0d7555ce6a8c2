package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pcchat.dsl.cli.LspSession.get;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** How a session ends: the exit code the protocol prescribes. */
class LanguageServerLifecycleTest extends ExampleSession {

	@Test
	void shutdownThenExitEndsWithZero() throws Exception {
		get(session.server().shutdown());
		session.server().exit();
		assertEquals(0, process.end().get(30, TimeUnit.SECONDS));
	}

	@Test
	void exitWithoutShutdownEndsWithOne() throws Exception {
		session.server().exit();
		assertEquals(1, process.end().get(30, TimeUnit.SECONDS));
	}
}
