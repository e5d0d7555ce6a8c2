package org.pcchat.dsl.ui.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/** Topologies for the workspace tests: a valid one and variants with one kind of problem. */
final class TopologyTexts {

	/** No diagnostics at all: conformance file c01, as the repository holds it. */
	static final String VALID = conformanceFile("c01-valid-minimal.pctopo");

	/** PC201 once: server pc1 lacks Message Queuing. */
	static final String NO_MSMQ = VALID.replace("installed MSMQ, DotNet45", "installed DotNet45");

	/** The line of {@code server pc1} in these texts, 1-based. */
	static final int SERVER_PC1_LINE = Examples.lineOf(VALID, "server pc1");

	private TopologyTexts() {
	}

	private static String conformanceFile(String name) {
		try {
			return Files.readString(Examples.repositoryRoot().resolve("org.pcchat.dsl.tests/conformance").resolve(name),
					StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
