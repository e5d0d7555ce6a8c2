package org.pcchat.dsl.tests.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pcchat.dsl.tests.PctopoInjectorProvider;
import org.pcchat.dsl.tests.support.ConformanceFile;
import org.pcchat.dsl.tests.support.Locations;
import org.pcchat.dsl.tests.support.Topologies;

import com.google.inject.Inject;

/**
 * Runs every conformance file of the specification ({@code ../shared/conformance}, or the copy in
 * this bundle when the specification folder is absent): the set of (line, rule ID) pairs reported
 * must equal the set the {@code // expect} markers declare.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoInjectorProvider.class)
class ConformanceTest {

	/**
	 * Files the language cannot conform to yet (issue 12 builds what they need). Each must still fail:
	 * one that conforms fails the test, so that it leaves this list the day it passes.
	 */
	private static final Set<String> EXPECTED_FAILURES = Set.of();

	/**
	 * Where the specification disagrees with itself, the rule table wins, and the file differs from the
	 * report by exactly these (line rule) pairs. c10 expects only PC401 on line 39 for a Skype for Business
	 * Server 2015 server on Windows Server 2008 R2 whose installed list (line 40) lacks KB2533623; the rule
	 * table lists exactly that as PC404 (an in-place upgrade needs the update).
	 */
	private static final Map<String, Set<String>> RULE_TABLE_OVER_FILE = Map.of("c10-sfb2015.pctopo",
			Set.of(ConformanceFile.key(40, "PC404")));

	@Inject
	private Topologies topologies;

	static Stream<String> conformanceFiles() throws IOException {
		try (Stream<Path> files = Files.list(conformanceFolder())) {
			List<String> names = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".pctopo"))
					.sorted().toList();
			assertFalse(names.isEmpty(), "no conformance files in " + conformanceFolder());
			return names.stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("conformanceFiles")
	void reportsExactlyTheExpectedDiagnostics(String name) throws IOException {
		ConformanceFile conformance = ConformanceFile.parse(name,
				Files.readString(conformanceFolder().resolve(name), StandardCharsets.UTF_8));
		if (EXPECTED_FAILURES.contains(name)) {
			assertNotEquals(String.join("\n", conformance.expected()), String.join("\n", reported(conformance)),
					name + " conforms now: remove it from EXPECTED_FAILURES");
			return;
		}
		Set<String> expected = new TreeSet<>(conformance.expected());
		expected.addAll(RULE_TABLE_OVER_FILE.getOrDefault(name, Set.of()));
		assertEquals(String.join("\n", expected), String.join("\n", reported(conformance)),
				conformance.name() + ": expected (line rule) pairs vs reported ones");
	}

	/** The harness itself: a marker nothing reports, and a report no marker declares, are mismatches. */
	@Test
	void harnessDetectsMismatches() {
		String valid = "topology T {\n  site S {\n  }\n}\n";
		ConformanceFile missing = ConformanceFile.parse("missing", valid.replace("T {", "T { // expect PC999"));
		assertEquals(Set.of("0001 PC999"), missing.expected());
		assertFalse(reported(missing).contains("0001 PC999"));

		ConformanceFile extra = ConformanceFile.parse("extra", valid + "junk\n");
		assertTrue(extra.expected().isEmpty());
		assertTrue(reported(extra).contains("0005 PC001"), () -> reported(extra).toString());
	}

	@Test
	void copyInRepositoryMatchesSpecification() throws IOException {
		Path shared = Locations.specification("conformance");
		Path copy = Locations.repositoryRoot().resolve("org.pcchat.dsl.tests/conformance");
		assertEquals(listing(shared), listing(copy), "refresh org.pcchat.dsl.tests/conformance from " + shared);
	}

	private Set<String> reported(ConformanceFile conformance) {
		Set<String> actual = new TreeSet<>();
		for (Issue issue : topologies.issues(topologies.load(conformance.name(), conformance.text()))) {
			actual.add(ConformanceFile.key(issue.getLineNumber(), issue.getCode()));
		}
		return actual;
	}

	private static Path conformanceFolder() {
		Path shared = Locations.sharedFolder().resolve("conformance");
		return Files.isDirectory(shared) ? shared : Locations.repositoryRoot().resolve("org.pcchat.dsl.tests/conformance");
	}

	private static Set<String> listing(Path folder) throws IOException {
		Set<String> result = new TreeSet<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.toList()) {
				result.add(file.getFileName() + "\n" + Files.readString(file, StandardCharsets.UTF_8));
			}
		}
		return result;
	}
}
