package org.pcchat.dsl.tests.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.pcchat.dsl.tests.support.ProductionSources;

/**
 * The classes that work around Xtext's or LSP4J's internals say in their class comment which version
 * they were written against ("Written against Xtext 2.42.0"). This fails when the target platform
 * holds another version, naming the classes to re-examine; the command line's UpstreamVersionsTest
 * does the same for the jars {@code pcchat} ships.
 */
class UpstreamVersionsTest {

	private static final Pattern WRITTEN_AGAINST = Pattern.compile("Written against[\\s*]+(Xtext|LSP4J)[\\s*]+(\\d+\\.\\d+\\.\\d+)");

	/** The workarounds issue 15 named: each must keep its line, so that this test cannot pass empty. */
	private static final Set<String> KNOWN = Set.of("ReleasingTokenStream", "PctopoResourceValidator", "FrameReader",
			"ParseErrorAnswering", "ReplacingIncrementalBuilder");

	@Test
	void workaroundsWereWrittenAgainstTheXtextAndLsp4jOfTheTargetPlatform() throws IOException {
		Map<String, Map<String, Set<String>>> written = writtenAgainst();
		Set<String> classes = written.values().stream().flatMap(versions -> versions.values().stream())
				.flatMap(Set::stream).collect(Collectors.toCollection(TreeSet::new));
		assertTrue(classes.containsAll(KNOWN), () -> "no 'Written against' line in some of " + KNOWN + ": " + classes);
		Map<String, String> present = Map.of("Xtext", version(XtextResource.class), "LSP4J", version(Launcher.class));
		written.forEach((library, versions) -> versions.forEach((version, workarounds) -> assertEquals(version,
				present.get(library), () -> library + " is " + present.get(library) + " now; " + workarounds
						+ " were written against " + version + ": re-examine what each class comment says it works"
						+ " around, then change its 'Written against' line")));
	}

	private static String version(Class<?> type) {
		Bundle bundle = FrameworkUtil.getBundle(type);
		Version version = bundle.getVersion();
		return version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
	}

	/** Library to version to the production classes written against it. */
	private static Map<String, Map<String, Set<String>>> writtenAgainst() throws IOException {
		Map<String, Map<String, Set<String>>> written = new TreeMap<>();
		for (Path source : ProductionSources.all()) {
			Matcher line = WRITTEN_AGAINST.matcher(Files.readString(source, StandardCharsets.UTF_8));
			while (line.find()) {
				written.computeIfAbsent(line.group(1), library -> new TreeMap<>())
						.computeIfAbsent(line.group(2), version -> new TreeSet<>())
						.add(source.getFileName().toString().replace(".java", ""));
			}
		}
		return written;
	}
}
