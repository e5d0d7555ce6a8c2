package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.apache.log4j.LogManager;
import org.apache.log4j.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Xtext's log messages: an internal error is one line and is counted, so the run cannot pass. */
class LibraryLogTest {

	private static final Logger XTEXT = Logger.getLogger("org.eclipse.xtext.validation.CompositeEValidator");

	private final StringWriter err = new StringWriter();

	@AfterEach
	void resetLogging() {
		LogManager.resetConfiguration();
	}

	@Test
	void errorIsOneCountedLineWithoutStackTrace() {
		LibraryLog log = LibraryLog.install(new PrintWriter(err), false);
		XTEXT.warn("not shown");
		XTEXT.error("Error executing EValidator", new IllegalStateException("check crashed"));
		assertEquals(List.of("pcchat: internal error: Error executing EValidator: "
				+ "java.lang.IllegalStateException: check crashed (run again with --verbose for details)"),
				err.toString().lines().toList());
		assertEquals(1, log.errors());
	}

	@Test
	void verboseShowsWarningsAndStackTraces() {
		LibraryLog log = LibraryLog.install(new PrintWriter(err), true);
		XTEXT.warn("a warning");
		XTEXT.error("Error executing EValidator", new IllegalStateException("check crashed"));
		List<String> lines = err.toString().lines().toList();
		assertEquals("pcchat: warning: a warning", lines.get(0));
		assertTrue(lines.get(1).startsWith("pcchat: internal error: Error executing EValidator"), lines.get(1));
		assertTrue(lines.get(2).startsWith("java.lang.IllegalStateException: check crashed"), lines.get(2));
		assertEquals(1, log.errors());
	}
}
