package org.pcchat.dsl.tests.support;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/** Where the repository and the read-only specification folder beside it are, for tests. */
public final class Locations {

	private Locations() {
	}

	public static Path repositoryRoot() {
		return Path.of(System.getProperty("pcchat.root", "..")).toAbsolutePath().normalize();
	}

	/** {@code ../shared} next to the repository (the specification); it may be absent for users. */
	public static Path sharedFolder() {
		return Path.of(System.getProperty("pcchat.shared", "../../shared")).toAbsolutePath().normalize();
	}

	/**
	 * The file or folder {@code relative} of the specification. A test that compares with it is
	 * skipped, and reported as skipped, where the specification is not beside the repository.
	 */
	public static Path specification(String relative) {
		Path path = sharedFolder().resolve(relative);
		Assumptions.assumeTrue(Files.exists(path), () -> path + " is absent: the specification is not beside the repository");
		return path;
	}
}
