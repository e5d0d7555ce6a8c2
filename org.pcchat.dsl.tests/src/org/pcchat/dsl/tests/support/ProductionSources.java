package org.pcchat.dsl.tests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The Java sources users run: the runtime, ide, Eclipse and command-line modules, without tests. */
public final class ProductionSources {

	public static final List<String> FOLDERS = List.of("org.pcchat.dsl/src", "org.pcchat.dsl.ide/src", "org.pcchat.dsl.ui/src",
			"org.pcchat.dsl.cli/src/main");

	private ProductionSources() {
	}

	public static List<Path> all() {
		Path root = Locations.repositoryRoot();
		try (Stream<Path> files = FOLDERS.stream().map(root::resolve).flatMap(ProductionSources::walk)) {
			return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
		}
	}

	public static String read(Path source) {
		try {
			return Files.readString(source);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Stream<Path> walk(Path folder) {
		try {
			return Files.walk(folder);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
