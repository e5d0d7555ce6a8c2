package org.pcchat.dsl.tests.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pcchat.dsl.generator.ChecklistFormat;
import org.pcchat.dsl.generator.Checklists;
import org.pcchat.dsl.tests.PctopoInjectorProvider;
import org.pcchat.dsl.tests.support.Locations;
import org.pcchat.dsl.tests.support.Topologies;

import com.google.inject.Inject;

/**
 * The checklist of the canonical example in every format equals its golden file in
 * {@code org.pcchat.dsl.tests/golden/}, byte for byte. After an intended change, rebuild with
 * {@code -Dpcchat.updateGolden=true} to rewrite the files, and review their diff before committing.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoInjectorProvider.class)
class ChecklistGoldenTest {

	@Inject
	private Topologies topologies;

	@Inject
	private Checklists checklists;

	@ParameterizedTest(name = "{0}")
	@EnumSource(ChecklistFormat.class)
	void contosoChecklistEqualsTheGoldenFile(ChecklistFormat format) throws IOException {
		String actual = checklists.render(topologies.load(contoso()), format);
		Path golden = goldenFolder().resolve("contoso.checklist." + format.extension());
		if (Boolean.getBoolean("pcchat.updateGolden")) {
			Files.write(golden, actual.getBytes(StandardCharsets.UTF_8));
		}
		assertTrue(Files.exists(golden), () -> golden + " is missing: build with -Dpcchat.updateGolden=true");
		String expected = new String(Files.readAllBytes(golden), StandardCharsets.UTF_8);
		assertEquals(expected, actual, () -> firstDifference(expected, actual) + " in " + golden.getFileName()
				+ " (rebuild with -Dpcchat.updateGolden=true if the change is intended)");
	}

	static Path contoso() {
		return Locations.repositoryRoot().resolve("examples/contoso.pctopo");
	}

	private static Path goldenFolder() {
		return Locations.repositoryRoot().resolve("org.pcchat.dsl.tests/golden");
	}

	/** Line number and both versions of the first line that differs, line ends included. */
	private static String firstDifference(String expected, String actual) {
		String[] expectedLines = expected.split("(?<=\n)", -1);
		String[] actualLines = actual.split("(?<=\n)", -1);
		for (int i = 0; i < Math.max(expectedLines.length, actualLines.length); i++) {
			String want = i < expectedLines.length ? expectedLines[i] : "<end of file>";
			String got = i < actualLines.length ? actualLines[i] : "<end of file>";
			if (!want.equals(got)) {
				return "line " + (i + 1) + " differs:\n  expected: " + visible(want) + "\n  actual:   " + visible(got);
			}
		}
		return "no line differs";
	}

	private static String visible(String line) {
		return line.replace("\r", "\\r").replace("\n", "\\n");
	}
}
