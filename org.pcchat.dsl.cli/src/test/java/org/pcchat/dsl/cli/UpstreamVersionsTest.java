package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;

/**
 * The classes that work around Xtext's or LSP4J's internals say in their class comment which version
 * they were written against ("Written against LSP4J 1.0.0"). This fails when the jars pcchat ships
 * (this module's dependencies, set in the parent POM) are another version, naming the classes to
 * re-examine; org.pcchat.dsl.tests' UpstreamVersionsTest does the same for the target platform.
 */
class UpstreamVersionsTest {

	private static final Pattern WRITTEN_AGAINST =
			Pattern.compile("Written against[\\s*]+(Xtext|LSP4J)[\\s*]+(\\d+\\.\\d+\\.\\d+)");

	private static final Pattern RELEASE = Pattern.compile("^\\d+\\.\\d+\\.\\d+");

	@Test
	void workaroundsWereWrittenAgainstTheXtextAndLsp4jPcchatShips() throws IOException {
		Map<String, Map<String, Set<String>>> written = writtenAgainst();
		assertFalse(written.getOrDefault("Xtext", Map.of()).isEmpty() || written.getOrDefault("LSP4J", Map.of()).isEmpty(),
				() -> "no 'Written against' lines for Xtext and LSP4J in the production sources: " + written);
		Map<String, String> shipped = Map.of("Xtext", version(XtextResource.class), "LSP4J", version(Launcher.class));
		written.forEach((library, versions) -> versions.forEach((version, workarounds) -> assertEquals(version,
				shipped.get(library), () -> library + " is " + shipped.get(library) + " now; " + workarounds
						+ " were written against " + version + ": re-examine what each class comment says it works around,"
						+ " then change its 'Written against' line")));
	}

	/** major.minor.micro of the Bundle-Version of the jar that holds {@code type}. */
	private static String version(Class<?> type) throws IOException {
		try (JarFile jar = new JarFile(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile())) {
			Matcher release = RELEASE.matcher(jar.getManifest().getMainAttributes().getValue("Bundle-Version"));
			if (!release.find()) {
				throw new AssertionError("no version in the manifest of " + jar.getName());
			}
			return release.group();
		} catch (URISyntaxException e) {
			throw new AssertionError(e);
		}
	}

	/** Library to version to the production classes written against it. */
	private static Map<String, Map<String, Set<String>>> writtenAgainst() throws IOException {
		Map<String, Map<String, Set<String>>> written = new TreeMap<>();
		try (Stream<Path> sources = Stream.of("org.pcchat.dsl/src", "org.pcchat.dsl.ide/src", "org.pcchat.dsl.cli/src/main")
				.map(folder -> Path.of("..", folder)).flatMap(UpstreamVersionsTest::walk)) {
			for (Path source : sources.filter(file -> file.toString().endsWith(".java")).toList()) {
				Matcher line = WRITTEN_AGAINST.matcher(Files.readString(source, StandardCharsets.UTF_8));
				while (line.find()) {
					written.computeIfAbsent(line.group(1), library -> new TreeMap<>())
							.computeIfAbsent(line.group(2), version -> new TreeSet<>())
							.add(source.getFileName().toString().replace(".java", ""));
				}
			}
		}
		return written;
	}

	private static Stream<Path> walk(Path folder) {
		try {
			return Files.walk(folder);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
