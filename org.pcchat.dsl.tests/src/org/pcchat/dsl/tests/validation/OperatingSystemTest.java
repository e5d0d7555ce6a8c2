package org.pcchat.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pcchat.dsl.tests.support.Diagnostics.assertMarks;
import static org.pcchat.dsl.tests.support.Diagnostics.assertNone;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pcchat.dsl.rules.Rules;
import org.pcchat.dsl.tests.PctopoInjectorProvider;
import org.pcchat.dsl.tests.support.Topologies;

import com.google.inject.Inject;

/** Operating systems and prerequisites of Lync servers (PC401-PC403, the operating-system part of PC311). */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoInjectorProvider.class)
class OperatingSystemTest {

	private static final String LYNC_2013 = "product Lync2013";

	@Inject
	private Topologies topologies;

	private static String topology(String product, String... elements) {
		return "topology T {\n    " + product + "\n    site S {\n" + String.join("\n", elements) + "\n    }\n}\n";
	}

	private static String skype(int cu, String... elements) {
		return topology("product SkypeForBusiness2015 cu " + cu, elements);
	}

	private static String chatServer(String lines) {
		return "        persistentchat pool PC { fqdn \"pc.t.local\"\n            server pc1 { fqdn \"pc1.t.local\" " + lines
				+ " }\n        }";
	}

	private static String frontEndServer(String lines) {
		return "        frontend pool FE { fqdn \"fe.t.local\"\n            server fe1 { fqdn \"fe1.t.local\" " + lines
				+ " }\n        }";
	}

	private static String standardServer(String lines) {
		return "        frontend standard SE { fqdn \"se.t.local\" " + lines + " }";
	}

	private static String sqlServer(String lines) {
		return "        sqlserver SQL { fqdn \"sql.t.local\" " + lines + " instance RTC }";
	}

	private List<Issue> issues(String text) {
		return topologies.issues(text);
	}

	// PC401: operating system not supported by the product

	@Test
	void lync2013DoesNotSupportWindowsServer2016() {
		String text = topology(LYNC_2013, frontEndServer("os WindowsServer2016"));
		Issue issue = assertMarks(text, issues(text), Rules.OS_UNSUPPORTED, "WindowsServer2016");
		assertArrayEquals(new String[] { "WindowsServer2008R2", "WindowsServer2012", "WindowsServer2012R2" },
				issue.getData());
		assertTrue(issue.getMessage().startsWith("Front End server 'fe1' runs Windows Server 2016, which Lync Server"
				+ " 2013 does not support"), issue.getMessage());
	}

	@ParameterizedTest
	@ValueSource(strings = { "WindowsServer2008R2 sp 1", "WindowsServer2008R2 Datacenter sp 2", "WindowsServer2012",
			"WindowsServer2012R2 Standard" })
	void lync2013SupportsWindowsServer2008R2Sp1To2012R2(String os) {
		assertNone(issues(topology(LYNC_2013, chatServer("os " + os))), Rules.OS_UNSUPPORTED);
	}

	@Test
	void windowsServer2008R2NeedsServicePack1() {
		String text = topology(LYNC_2013, chatServer("os WindowsServer2008R2 Enterprise"));
		Issue issue = assertMarks(text, issues(text), Rules.OS_UNSUPPORTED, "WindowsServer2008R2");
		assertTrue(issue.getMessage().contains("without a service pack"), issue.getMessage());
	}

	@Test
	void standardEditionServerIsALyncServer() {
		String text = topology("", standardServer("os WindowsServer2003"));
		assertMarks(text, issues(text), Rules.OS_UNSUPPORTED, "WindowsServer2003");
	}

	@Test
	void sqlServersOperatingSystemIsNotChecked() {
		List<Issue> issues = issues(topology(LYNC_2013, sqlServer("os WindowsServer2003 Web core")));
		for (String rule : List.of(Rules.OS_UNSUPPORTED, Rules.OS_EDITION_UNSUPPORTED)) {
			assertNone(issues, rule);
		}
		assertNone(issues(skype(1, sqlServer("os WindowsServer2019"))), Rules.CUMULATIVE_UPDATE_REQUIRED);
	}

	@Test
	void absentOperatingSystemIsUnknown() {
		assertNone(issues(topology(LYNC_2013, chatServer(""), frontEndServer(""))), Rules.OS_UNSUPPORTED);
	}

	@Test
	void skypeForBusiness2015DoesNotSupportWindowsServer2008R2() {
		String text = skype(9, chatServer("os WindowsServer2008R2 sp 1"));
		Issue issue = assertMarks(text, issues(text), Rules.OS_UNSUPPORTED, "WindowsServer2008R2");
		assertArrayEquals(new String[] { "WindowsServer2012", "WindowsServer2012R2", "WindowsServer2016",
				"WindowsServer2019" }, issue.getData());
	}

	@ParameterizedTest
	@ValueSource(strings = { "WindowsServer2012", "WindowsServer2012R2", "WindowsServer2016", "WindowsServer2019" })
	void skypeForBusiness2015SupportsWindowsServer2012To2019(String os) {
		assertNone(issues(skype(9, chatServer("os " + os))), Rules.OS_UNSUPPORTED);
	}

	// PC311: Windows Server 2016 and 2019 need cumulative updates of Skype for Business Server 2015

	@Test
	void windowsServer2019NeedsCumulativeUpdate9() {
		String text = skype(8, frontEndServer("os WindowsServer2019"));
		Issue issue = assertMarks(text, issues(text), Rules.CUMULATIVE_UPDATE_REQUIRED, "WindowsServer2019");
		assertArrayEquals(new String[] { "9" }, issue.getData());
		assertNone(issues(skype(9, frontEndServer("os WindowsServer2019"))), Rules.CUMULATIVE_UPDATE_REQUIRED);
	}

	@Test
	void windowsServer2016NeedsCumulativeUpdate5() {
		String text = skype(4, chatServer("os WindowsServer2016"));
		assertMarks(text, issues(text), Rules.CUMULATIVE_UPDATE_REQUIRED, "WindowsServer2016");
		assertNone(issues(skype(5, chatServer("os WindowsServer2016"))), Rules.CUMULATIVE_UPDATE_REQUIRED);
	}

	@Test
	void absentCumulativeUpdateIsNoUpdate() {
		String text = topology("product SkypeForBusiness2015", standardServer("os WindowsServer2016"));
		assertMarks(text, issues(text), Rules.CUMULATIVE_UPDATE_REQUIRED, "WindowsServer2016");
	}

	// PC402: Server Core, Web and HPC editions

	@Test
	void serverCoreIsUnsupported() {
		String text = topology(LYNC_2013, chatServer("os WindowsServer2012 Standard core"));
		assertMarks(text, issues(text), Rules.OS_EDITION_UNSUPPORTED, "core");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Web", "HPC" })
	void webAndHpcEditionsAreUnsupported(String edition) {
		String text = topology(LYNC_2013, frontEndServer("os WindowsServer2012 " + edition));
		assertMarks(text, issues(text), Rules.OS_EDITION_UNSUPPORTED, edition);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Standard", "Enterprise", "Datacenter", "" })
	void fullInstallationsOfOtherEditionsAreFine(String edition) {
		assertNone(issues(topology(LYNC_2013, standardServer("os WindowsServer2012R2 " + edition))),
				Rules.OS_EDITION_UNSUPPORTED);
	}

	// PC403: prerequisites of every Lync server

	@Test
	void installedListLackingWindowsIdentityFoundationIsWarnedAbout() {
		String text = topology(LYNC_2013, chatServer("installed MSMQ, DotNet45, PowerShell3"));
		Issue issue = assertMarks(text, issues(text), Rules.PREREQUISITES_MISSING, "installed MSMQ, DotNet45, PowerShell3");
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertArrayEquals(new String[] { "WIF" }, issue.getData());
	}

	@Test
	void everyMissingPrerequisiteIsNamed() {
		String text = topology(LYNC_2013, frontEndServer("installed WIF"));
		Issue issue = assertMarks(text, issues(text), Rules.PREREQUISITES_MISSING, "installed WIF");
		assertArrayEquals(new String[] { "DotNet45", "PowerShell3" }, issue.getData());
	}

	@Test
	void standardEditionServerNeedsThePrerequisitesToo() {
		String text = topology(LYNC_2013, standardServer("installed DotNet45, WIF"));
		assertMarks(text, issues(text), Rules.PREREQUISITES_MISSING, "installed DotNet45, WIF");
	}

	@Test
	void messageQueuingIsNotThisRulesConcern() {
		assertNone(issues(topology(LYNC_2013, chatServer("installed DotNet45, PowerShell3, WIF"))),
				Rules.PREREQUISITES_MISSING);
	}

	@Test
	void absentInstalledListIsUnknown() {
		assertNone(issues(topology(LYNC_2013, chatServer("os WindowsServer2012"))), Rules.PREREQUISITES_MISSING);
	}
}
