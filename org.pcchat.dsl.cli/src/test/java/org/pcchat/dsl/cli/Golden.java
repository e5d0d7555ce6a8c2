package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: the expected output lives in {@code src/test/resources/golden}, so a changed output
 * shows as a readable diff. {@code -Dpcchat.updateGolden=true} rewrites them from the actual output.
 * The build's version is written {@value #VERSION} there, so that a release does not change them.
 */
final class Golden {

	static final String VERSION = "@VERSION@";

	private static final Path DIRECTORY = Path.of("src/test/resources/golden");

	private Golden() {
	}

	static void assertGolden(String name, String actual) {
		String normalized = actual.replace(Version.number(), VERSION);
		Path file = DIRECTORY.resolve(name);
		try {
			if (Boolean.getBoolean("pcchat.updateGolden")) {
				Files.writeString(file, normalized);
			}
			assertEquals(Files.readString(file), normalized,
					"output differs from " + file + " (rewrite it with -Dpcchat.updateGolden=true if the change is right)");
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
