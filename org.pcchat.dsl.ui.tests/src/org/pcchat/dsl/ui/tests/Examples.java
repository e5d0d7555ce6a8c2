package org.pcchat.dsl.ui.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository the tests run in, and the canonical example topology from it. */
final class Examples {

	private Examples() {
	}

	static Path repositoryRoot() {
		return Path.of(System.getProperty("pcchat.root", "..")).toAbsolutePath().normalize();
	}

	/** {@code examples/contoso.pctopo}: valid, with no diagnostic at all. */
	static String contoso() {
		return example("contoso.pctopo");
	}

	/** {@code examples/stretched-pool.pctopo}: data centers, existing machines, a file server; valid too. */
	static String stretchedPool() {
		return example("stretched-pool.pctopo");
	}

	private static String example(String name) {
		try {
			return Files.readString(repositoryRoot().resolve("examples").resolve(name), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The 1-based line on which {@code needle} first occurs in {@code text}. */
	static int lineOf(String text, String needle) {
		int at = offsetOf(text, needle);
		return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
	}

	/** Where {@code needle} first occurs; a missing needle is a broken test, not a failing editor. */
	static int offsetOf(String text, String needle) {
		int at = text.indexOf(needle);
		if (at < 0) {
			throw new IllegalArgumentException("'" + needle + "' is not in the text");
		}
		return at;
	}
}
