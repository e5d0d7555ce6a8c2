package org.pcchat.dsl.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pcchat.dsl.tests.support.MinimalTopology.server;
import static org.pcchat.dsl.tests.support.MinimalTopology.withCommentBefore;
import static org.pcchat.dsl.tests.support.MinimalTopology.withServers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pcchat.dsl.rules.Rules;
import org.pcchat.dsl.tests.PctopoInjectorProvider;
import org.pcchat.dsl.tests.support.TextPosition;
import org.pcchat.dsl.tests.support.Topologies;

import com.google.inject.Inject;

/**
 * pcchat.json in a topology's folder or the nearest folder above sets rule levels in every front end;
 * its problems are reported as PC901 on the topology's name with the file, line and column.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoInjectorProvider.class)
class RuleConfigurationTest {

	private static final Set<String> RULES_UNDER_TEST = Set.of(Rules.DUPLICATE_NAME, Rules.INVALID_FQDN,
			Rules.INVALID_CONFIGURATION, Rules.SUPPRESSION_WITHOUT_REASON);

	/** pc1's FQDN is not a DNS name: PC005, an error by default. */
	private static final String BAD_FQDN = withServers(server("pc1", "pc1_minimal"));

	@TempDir
	Path folder;

	@Inject
	private Topologies topologies;

	@Test
	void withoutConfigurationRulesKeepTheirDefaultSeverity() throws IOException {
		List<Issue> issues = issues(write("lab.pctopo", BAD_FQDN));
		assertEquals(List.of(Rules.INVALID_FQDN), codes(issues));
		assertEquals(Severity.ERROR, issues.get(0).getSeverity());
	}

	@Test
	void configuredLevelReplacesTheDefaultSeverity() throws IOException {
		write("pcchat.json", "{\"rules\": {\"PC005\": \"warning\"}}");
		List<Issue> issues = issues(write("lab.pctopo", BAD_FQDN));
		assertEquals(List.of(Rules.INVALID_FQDN), codes(issues));
		assertEquals(Severity.WARNING, issues.get(0).getSeverity());
		TextPosition.of(BAD_FQDN, "fqdn \"pc1_minimal\"", "\"pc1_minimal\"").assertMarkedBy(issues.get(0));
	}

	@Test
	void infoLevelReportsAsInformation() throws IOException {
		write("pcchat.json", "{\"rules\": {\"PC005\": \"info\"}}");
		assertEquals(Severity.INFO, issues(write("lab.pctopo", BAD_FQDN)).get(0).getSeverity());
	}

	@Test
	void ruleThatIsOffIsNotReported() throws IOException {
		write("pcchat.json", "{\"rules\": {\"PC005\": \"off\"}}");
		assertEquals(List.of(), codes(issues(write("lab.pctopo", BAD_FQDN))));
	}

	@Test
	void configurationOfAnAncestorFolderApplies() throws IOException {
		write("pcchat.json", "{\"rules\": {\"PC005\": \"off\"}}");
		assertEquals(List.of(), codes(issues(write("sites/redmond/lab.pctopo", BAD_FQDN))));
	}

	@Test
	void nearestConfigurationWins() throws IOException {
		write("pcchat.json", "{\"rules\": {\"PC005\": \"off\"}}");
		write("sites/pcchat.json", "{\"rules\": {\"PC005\": \"warning\"}}");
		assertEquals(Severity.WARNING, issues(write("sites/redmond/lab.pctopo", BAD_FQDN)).get(0).getSeverity());
	}

	@Test
	void topologiesNotOnDiskHaveNoConfiguration() throws IOException {
		write("pcchat.json", "{\"rules\": {\"PC005\": \"off\"}}");
		List<Issue> issues = topologies.issues(topologies.load("lab.pctopo", BAD_FQDN));
		assertEquals(List.of(Rules.INVALID_FQDN), codes(issues.stream().filter(i -> RULES_UNDER_TEST.contains(i.getCode())).toList()));
	}

	@Test
	void problemIsReportedOnTheTopologyNameWithFileLineAndColumn() throws IOException {
		Path configuration = write("pcchat.json", "{\n  \"rules\": {\n    \"PC999\": \"off\"\n  }\n}\n");
		List<Issue> issues = issues(write("lab.pctopo", BAD_FQDN));
		assertEquals(List.of(Rules.INVALID_CONFIGURATION, Rules.INVALID_FQDN), codes(issues));
		Issue problem = issues.get(0);
		assertEquals("pcchat.json:3:5: unknown rule 'PC999'; pcchat rules lists them",
				problem.getMessage());
		assertEquals(Severity.ERROR, problem.getSeverity());
		TextPosition.of(BAD_FQDN, "Minimal {").withLength("Minimal".length()).assertMarkedBy(problem);
		assertEquals(List.of(URI.createFileURI(configuration.toString()).toString(), "3", "5"),
				List.of(problem.getData()));
	}

	@Test
	void problemInAncestorFolderNamesTheFileRelativeToTheTopology() throws IOException {
		write("pcchat.json", "{\"rules\": {\"PC208\": \"loud\"}}");
		Issue problem = issues(write("sites/lab.pctopo", BAD_FQDN)).get(0);
		assertEquals("../pcchat.json:1:21: unknown level 'loud' for PC208; use \"error\", \"warning\", \"info\" or"
				+ " \"off\"", problem.getMessage());
	}

	@Test
	void entriesWithoutProblemsStillApply() throws IOException {
		write("pcchat.json", "{\"rules\": {\"PC005\": \"off\", \"PC208\": \"loud\"}}");
		assertEquals(List.of(Rules.INVALID_CONFIGURATION), codes(issues(write("lab.pctopo", BAD_FQDN))));
	}

	@Test
	void invalidJsonIsIgnoredAsAWhole() throws IOException {
		write("pcchat.json", "{\"rules\": {\"PC005\": \"off\",}}");
		List<Issue> issues = issues(write("lab.pctopo", BAD_FQDN));
		assertEquals(List.of(Rules.INVALID_CONFIGURATION, Rules.INVALID_FQDN), codes(issues));
		assertEquals("pcchat.json:1:27: invalid JSON: Unexpected character ('}' (code 125)): was expecting"
				+ " double-quote to start field name; the file is ignored until this is fixed",
				issues.get(0).getMessage());
	}

	@Test
	void fixedRulesKeepTheirSeverity() throws IOException {
		write("pcchat.json", "{\"rules\": {\"PC003\": \"off\"}}");
		String duplicate = withServers(server("pc1", "pc1.minimal.local"), server("pc1", "pc2.minimal.local"));
		List<Issue> issues = issues(write("lab.pctopo", duplicate));
		assertEquals(List.of(Rules.INVALID_CONFIGURATION, Rules.DUPLICATE_NAME), codes(issues));
		assertEquals(Severity.ERROR, issues.get(1).getSeverity());
	}

	@Test
	void toolRulesCanBeConfigured() throws IOException {
		write("pcchat.json", "{\"rules\": {\"PC902\": \"off\"}}");
		String text = withCommentBefore(BAD_FQDN, "server pc1 {", "// pcchat-ignore PC005");
		assertEquals(List.of(), codes(issues(write("lab.pctopo", text))));
	}

	@Test
	void suppressionOfARuleThatIsOffStillCountsAsUsed() throws IOException {
		write("pcchat.json", "{\"rules\": {\"PC005\": \"off\"}}");
		String text = withCommentBefore(BAD_FQDN, "server pc1 {", "// pcchat-ignore PC005: lab host name");
		List<Issue> issues = topologies.issues(topologies.loadFile(write("lab.pctopo", text)));
		assertEquals(List.of(), codes(issues.stream().filter(i -> i.getCode() != null && i.getCode().startsWith("PC9")).toList()));
	}

	@Test
	void changedFileIsReadAgain() throws IOException {
		Path configuration = write("pcchat.json", "{\"rules\": {\"PC005\": \"off\"}}");
		Path topology = write("lab.pctopo", BAD_FQDN);
		assertEquals(List.of(), codes(issues(topology)));
		Files.writeString(configuration, "{\"rules\": {\"PC005\": \"info\"}}", StandardCharsets.UTF_8);
		Files.setLastModifiedTime(configuration, FileTime.fromMillis(System.currentTimeMillis() + 10_000));
		assertEquals(Severity.INFO, issues(topology).get(0).getSeverity());
	}

	@Test
	void unchangedFileIsNotReadAgain() throws IOException {
		Path configuration = write("pcchat.json", "{\"rules\": {\"PC005\": \"off\"}}");
		FileTime modified = Files.getLastModifiedTime(configuration);
		Path topology = write("lab.pctopo", BAD_FQDN);
		assertEquals(List.of(), codes(issues(topology)));
		Files.writeString(configuration, "{\"rules\": {\"PC005\": \"err\"}}", StandardCharsets.UTF_8);
		Files.setLastModifiedTime(configuration, modified);
		assertEquals(List.of(), codes(issues(topology)), "same time and size: the cached configuration applies");
	}

	private Path write(String name, String text) throws IOException {
		Path file = folder.resolve(name);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	private List<Issue> issues(Path topology) {
		return topologies.issues(topologies.loadFile(topology)).stream()
				.filter(issue -> RULES_UNDER_TEST.contains(issue.getCode())).toList();
	}

	private static List<String> codes(List<Issue> issues) {
		return issues.stream().map(Issue::getCode).toList();
	}
}
