package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pcchat.dsl.cli.Golden.assertGolden;
import static org.pcchat.dsl.cli.Run.pcchat;

import org.junit.jupiter.api.Test;

/**
 * `pcchat check` output of broken topologies in every format, against golden files. The topologies
 * in fixtures/findings are copies of shared/conformance/c03-no-msmq.pctopo (errors) and
 * c09-hardware.pctopo (errors and warnings); fixtures/broken has a syntax error and an unresolved
 * reference. contoso's reports are PackagedJarIT's, which runs from the repository root.
 */
class ReportGoldenTest {

	static final String FINDINGS = "src/test/resources/fixtures/findings";
	static final String BROKEN = "src/test/resources/fixtures/broken";
	/** SARIF links to the rules page; a fixed one keeps the golden files independent of the checkout. */
	static final String RULES_URL = "https://example.org/pcchat/docs/rules.md";

	@Test
	void text() {
		Run run = pcchat("check", FINDINGS);
		assertEquals(1, run.exitCode());
		assertGolden("findings.txt", run.out());
	}

	@Test
	void json() {
		Run run = pcchat("check", "--format", "json", FINDINGS);
		assertEquals(1, run.exitCode());
		assertGolden("findings.json", run.out());
	}

	@Test
	void sarif() {
		Run run = pcchat("check", "--format", "sarif", "--rules-url", RULES_URL, FINDINGS);
		assertEquals(1, run.exitCode());
		assertEquals("", run.err());
		assertGolden("findings.sarif", run.out());
	}

	@Test
	void sarifOfSyntaxAndReferenceErrors() {
		Run run = pcchat("check", "--format", "sarif", "--rules-url", RULES_URL, BROKEN);
		assertEquals(1, run.exitCode());
		assertGolden("broken.sarif", run.out());
	}
}
