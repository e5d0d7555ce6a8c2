package org.pcchat.dsl.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pcchat.dsl.tests.support.MinimalTopology.server;
import static org.pcchat.dsl.tests.support.MinimalTopology.withCommentBefore;
import static org.pcchat.dsl.tests.support.MinimalTopology.withServers;

import java.util.List;
import java.util.Set;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pcchat.dsl.rules.Rules;
import org.pcchat.dsl.tests.PctopoInjectorProvider;
import org.pcchat.dsl.tests.support.TextPosition;
import org.pcchat.dsl.tests.support.Topologies;

import com.google.inject.Inject;

/**
 * {@code // pcchat-ignore RULE...: reason} on the line before an element suppresses those rules on
 * the element and its contents (PC902 without a reason, PC903 when it suppresses nothing, PC904
 * when it cannot work). The rules under test are the implemented PC003 to PC005.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoInjectorProvider.class)
class SuppressionTest {

	private static final Set<String> RULES_UNDER_TEST = Set.of(Rules.DUPLICATE_NAME, Rules.DUPLICATE_FQDN,
			Rules.INVALID_FQDN, Rules.SUPPRESSION_WITHOUT_REASON, Rules.UNUSED_SUPPRESSION, Rules.INVALID_SUPPRESSION);

	/** pc2's FQDN is not a DNS name: PC005 on its fqdn value. */
	private static final String BAD_FQDN = withServers(server("pc1", "pc1.minimal.local"), server("pc2", "pc2_minimal"));

	@Inject
	private Topologies topologies;

	@Test
	void withoutCommentTheDiagnosticIsReported() {
		assertEquals(List.of(Rules.INVALID_FQDN), codes(BAD_FQDN));
	}

	@Test
	void commentBeforeElementSuppressesRuleOnItsAttributes() {
		String text = withCommentBefore(BAD_FQDN, "server pc2 {", "// pcchat-ignore PC005: lab host name");
		assertEquals(List.of(), codes(text));
	}

	@Test
	void commentBeforeContainerSuppressesRuleOnContainedElements() {
		String text = withCommentBefore(BAD_FQDN, "persistentchat pool PC {", "// pcchat-ignore PC005: lab pool");
		assertEquals(List.of(), codes(text));
	}

	@Test
	void commentBeforeAttributeSuppressesRuleOnThatAttribute() {
		String text = withCommentBefore(BAD_FQDN, "fqdn \"pc2_minimal\"", "// pcchat-ignore PC005: lab host name");
		assertEquals(List.of(), codes(text));
	}

	@Test
	void commentBeforeAnotherAttributeSuppressesNothing() {
		String text = withCommentBefore(BAD_FQDN, "installed MSMQ, DotNet45, PowerShell3, WIF\n"
				+ "                certificate \"pc2_minimal\"", "// pcchat-ignore PC005: wrong line");
		List<Issue> issues = issues(text);
		assertEquals(List.of(Rules.INVALID_FQDN, Rules.UNUSED_SUPPRESSION), codes(issues));
		TextPosition.of(text, "PC005: wrong line").withLength(5).assertMarkedBy(issues.get(1));
		assertTrue(issues.get(1).getMessage().startsWith("pcchat-ignore PC005 suppresses nothing: no PC005 diagnostic"
				+ " is reported on the installed of Persistent Chat server 'pc2'"), issues.get(1).getMessage());
	}

	@Test
	void commentBeforeSiblingSuppressesNothingAndSaysSo() {
		String text = withCommentBefore(BAD_FQDN, "server pc1 {", "// pcchat-ignore PC005: wrong server");
		List<Issue> issues = issues(text);
		assertEquals(List.of(Rules.UNUSED_SUPPRESSION, Rules.INVALID_FQDN), codes(issues));
		TextPosition.of(text, "PC005: wrong server").withLength(5).assertMarkedBy(issues.get(0));
		assertEquals(Severity.WARNING, issues.get(0).getSeverity());
		assertEquals(List.of(Rules.INVALID_FQDN), List.of(issues.get(0).getData()));
	}

	@Test
	void onlyTheUnusedRuleOfSeveralIsReported() {
		String text = withCommentBefore(BAD_FQDN, "server pc2 {", "// pcchat-ignore PC004 PC005: lab host");
		List<Issue> issues = issues(text);
		assertEquals(List.of(Rules.UNUSED_SUPPRESSION), codes(issues));
		TextPosition.of(text, "PC004 PC005").withLength(5).assertMarkedBy(issues.get(0));
	}

	@Test
	void commentWithoutReasonStillSuppressesButIsReported() {
		String text = withCommentBefore(BAD_FQDN, "server pc2 {", "// pcchat-ignore PC005");
		List<Issue> issues = issues(text);
		assertEquals(List.of(Rules.SUPPRESSION_WITHOUT_REASON), codes(issues));
		TextPosition.of(text, "// pcchat-ignore PC005").assertMarkedBy(issues.get(0));
	}

	@Test
	void blankReasonAfterColonCountsAsNoReason() {
		String text = withCommentBefore(BAD_FQDN, "server pc2 {", "// pcchat-ignore PC005:   ");
		assertEquals(List.of(Rules.SUPPRESSION_WITHOUT_REASON), codes(text));
	}

	@Test
	void duplicateNamesCannotBeSuppressed() {
		String text = withCommentBefore(withServers(server("pc1", "pc1.minimal.local"), server("pc1", "pc2.minimal.local")),
				"server pc1 {\n                fqdn \"pc2", "// pcchat-ignore PC003: not allowed");
		List<Issue> issues = issues(text);
		assertEquals(List.of(Rules.INVALID_SUPPRESSION, Rules.DUPLICATE_NAME), codes(issues));
		TextPosition.of(text, "PC003: not").withLength(5).assertMarkedBy(issues.get(0));
		assertTrue(issues.get(0).getMessage().contains("PC003 (Duplicate name) cannot be suppressed"),
				issues.get(0).getMessage());
	}

	@Test
	void unknownRulesAndNonRulesAreInvalid() {
		String text = withCommentBefore(BAD_FQDN, "server pc2 {", "// pcchat-ignore PC005 PC999 MSMQ: reason");
		List<Issue> issues = issues(text);
		assertEquals(List.of(Rules.INVALID_SUPPRESSION, Rules.INVALID_SUPPRESSION), codes(issues));
		TextPosition.of(text, "PC999").assertMarkedBy(issues.get(0));
		TextPosition.of(text, "MSMQ:").withLength(4).assertMarkedBy(issues.get(1));
	}

	@Test
	void toolRulesCannotBeSuppressed() {
		String text = withCommentBefore(BAD_FQDN, "server pc2 {", "// pcchat-ignore PC005 PC903: reason");
		List<Issue> issues = issues(text);
		assertEquals(List.of(Rules.INVALID_SUPPRESSION), codes(issues));
		assertTrue(issues.get(0).getMessage().contains("set its level in pcchat.json"), issues.get(0).getMessage());
	}

	@Test
	void commentNamingNoRuleIsInvalid() {
		String text = withCommentBefore(BAD_FQDN, "server pc2 {", "// pcchat-ignore: no rule");
		List<Issue> issues = issues(text);
		assertEquals(List.of(Rules.INVALID_SUPPRESSION, Rules.INVALID_FQDN), codes(issues));
		TextPosition.of(text, "// pcchat-ignore: no rule").assertMarkedBy(issues.get(0));
	}

	@Test
	void commentAfterCodeOnItsLineIsInvalid() {
		String text = BAD_FQDN.replace("server pc2 {", "server pc2 { // pcchat-ignore PC005: trailing");
		List<Issue> issues = issues(text);
		assertEquals(List.of(Rules.INVALID_SUPPRESSION, Rules.INVALID_FQDN), codes(issues));
		TextPosition.of(text, "// pcchat-ignore PC005: trailing").assertMarkedBy(issues.get(0));
	}

	@Test
	void commentSeparatedByBlankLineIsInvalid() {
		String text = withCommentBefore(BAD_FQDN, "server pc2 {", "// pcchat-ignore PC005: too far\n");
		List<Issue> issues = issues(text);
		assertEquals(List.of(Rules.INVALID_SUPPRESSION, Rules.INVALID_FQDN), codes(issues));
		assertTrue(issues.get(0).getMessage().contains("is not followed by an element or attribute on the next line"),
				issues.get(0).getMessage());
	}

	@Test
	void ordinaryCommentsAreNoSuppressions() {
		String text = withCommentBefore(BAD_FQDN, "server pc2 {", "// see pcchat-ignore PC005 in the docs");
		assertEquals(List.of(Rules.INVALID_FQDN), codes(text));
	}

	/** PC004 is an expensive check: an editor's fast run neither reports it nor calls its suppression unused. */
	@Test
	void suppressionOfExpensiveRuleIsNotUnusedInFastRun() {
		String text = withCommentBefore(withServers(server("pc1", "pc1.minimal.local"), server("pc2", "pc1.minimal.local")),
				"server pc2 {", "// pcchat-ignore PC004: same host, two names");
		assertEquals(List.of(), codes(issues(text, CheckMode.NORMAL_AND_FAST)));
		assertEquals(List.of(), codes(issues(text, CheckMode.ALL)));
	}

	@Test
	void unusedSuppressionIsReportedOnlyWhenEveryCheckRan() {
		String text = withCommentBefore(withServers(server("pc1", "pc1.minimal.local")), "server pc1 {",
				"// pcchat-ignore PC005: nothing to suppress");
		assertEquals(List.of(), codes(issues(text, CheckMode.NORMAL_AND_FAST)));
		assertEquals(List.of(), codes(issues(text, CheckMode.EXPENSIVE_ONLY)));
		assertEquals(List.of(Rules.UNUSED_SUPPRESSION), codes(issues(text, CheckMode.ALL)));
	}

	@Test
	void suppressedDiagnosticsDoNotLeakIntoTheNextRun() {
		String text = withCommentBefore(BAD_FQDN, "server pc2 {", "// pcchat-ignore PC005: lab host name");
		var resource = topologies.load("twice.pctopo", text);
		assertEquals(List.of(), codes(topologies.issues(resource)));
		assertEquals(List.of(), codes(topologies.issues(resource)));
	}

	private List<Issue> issues(String text) {
		return issues(text, CheckMode.ALL);
	}

	private List<Issue> issues(String text, CheckMode mode) {
		return topologies.issues(topologies.load("test.pctopo", text), mode).stream()
				.filter(issue -> RULES_UNDER_TEST.contains(issue.getCode())).toList();
	}

	private List<String> codes(String text) {
		return codes(issues(text));
	}

	private static List<String> codes(List<Issue> issues) {
		return issues.stream().filter(issue -> RULES_UNDER_TEST.contains(issue.getCode())).map(Issue::getCode).toList();
	}
}
