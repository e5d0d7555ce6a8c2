package org.pcchat.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pcchat.dsl.rules.Rules;
import org.pcchat.dsl.tests.support.TextPosition;
import org.pcchat.dsl.tests.support.Topologies;

import com.google.inject.Inject;

/** A rule reported at two severities (reportAs, like PC605): a configured level replaces both. */
@ExtendWith(InjectionExtension.class)
@InjectWith(TwoLevelRuleInjectorProvider.class)
class TwoLevelRuleTest {

	@TempDir
	Path folder;

	@Inject
	private Topologies topologies;

	@Test
	void withoutConfigurationEachReportKeepsItsSeverity() throws IOException {
		assertEquals(List.of(Severity.ERROR), severities(topology("WeakKeys")));
		assertEquals(List.of(Severity.WARNING), severities(topology("ShortKeys")));
	}

	@Test
	void configuredLevelReplacesBothSeverities() throws IOException {
		configure("info");
		assertEquals(List.of(Severity.INFO), severities(topology("WeakKeys")));
		assertEquals(List.of(Severity.INFO), severities(topology("ShortKeys")));
	}

	@Test
	void configuredErrorRaisesTheWarning() throws IOException {
		configure("error");
		assertEquals(List.of(Severity.ERROR), severities(topology("ShortKeys")));
	}

	@Test
	void offSilencesBoth() throws IOException {
		configure("off");
		assertEquals(List.of(), severities(topology("WeakKeys")));
		assertEquals(List.of(), severities(topology("ShortKeys")));
	}

	@Test
	void suppressionHoldsBackBoth() throws IOException {
		String text = "// pcchat-ignore PC605: test rule\ntopology WeakKeys {\n}\n";
		List<Issue> issues = issues(Files.writeString(folder.resolve("weak.pctopo"), text, StandardCharsets.UTF_8));
		assertEquals(List.of(), issues);
	}

	@Test
	void reportIsAtTheTopologyName() throws IOException {
		String text = "topology WeakKeys {\n}\n";
		Issue issue = issues(Files.writeString(folder.resolve("weak.pctopo"), text, StandardCharsets.UTF_8)).get(0);
		TextPosition.of(text, "WeakKeys").assertMarkedBy(issue);
		assertEquals("test rule reporting ERROR", issue.getMessage());
	}

	private void configure(String level) throws IOException {
		Files.writeString(folder.resolve("pcchat.json"), "{\"rules\": {\"PC605\": \"" + level + "\"}}",
				StandardCharsets.UTF_8);
	}

	private Path topology(String name) throws IOException {
		return Files.writeString(folder.resolve(name + ".pctopo"), "topology " + name + " {\n}\n", StandardCharsets.UTF_8);
	}

	private List<Issue> issues(Path file) {
		return topologies.issues(topologies.loadFile(file)).stream()
				.filter(issue -> issue.getCode() != null && (Rules.CERTIFICATE_KEY_SIZE.equals(issue.getCode())
						|| issue.getCode().startsWith("PC9")))
				.toList();
	}

	private List<Severity> severities(Path file) {
		return issues(file).stream().map(Issue::getSeverity).toList();
	}
}
