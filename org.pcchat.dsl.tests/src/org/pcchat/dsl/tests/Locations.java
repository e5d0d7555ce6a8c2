package org.pcchat.dsl.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/** Where the repository and the read-only specification folder beside it are, for tests. */
final class Locations {

	private Locations() {
	}

	static Path repositoryRoot() {
		return Path.of(System.getProperty("pcchat.root", "..")).toAbsolutePath().normalize();
	}

	/** {@code ../shared} next to the repository (the specification); it may be absent for users. */
	static Path sharedFolder() {
		return Path.of(System.getProperty("pcchat.shared", "../../shared")).toAbsolutePath().normalize();
	}

	/**
	 * The file or folder {@code relative} of the specification. A test that compares with it is
	 * skipped, and reported as skipped, where the specification is not beside the repository.
	 */
	static Path specification(String relative) {
		Path path = sharedFolder().resolve(relative);
		Assumptions.assumeTrue(Files.exists(path), () -> path + " is absent: the specification is not beside the repository");
		return path;
	}
}
