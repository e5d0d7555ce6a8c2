package org.pcchat.dsl.tests;

import java.nio.file.Path;

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
}
