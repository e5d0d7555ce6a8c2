package org.pcchat.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pcchat.dsl.tests.support.TopologyText.chatPool;
import static org.pcchat.dsl.tests.support.TopologyText.chatServer;
import static org.pcchat.dsl.tests.support.TopologyText.withFrontEnd;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pcchat.dsl.model.Values;
import org.pcchat.dsl.rules.Rules;
import org.pcchat.dsl.tests.support.QuickFixes;
import org.pcchat.dsl.tests.support.Diagnostics;
import org.pcchat.dsl.tests.support.PctopoIdeInjectorProvider;

import com.google.inject.Inject;

/** PC006: a value the language does not know, marked on the value, with "did you mean" and a fix. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoIdeInjectorProvider.class)
class UnknownValueTest {

	@Inject
	private Diagnostics diagnostics;

	@Inject
	private QuickFixes quickFixes;

	private static String sqlServer(String sql) {
		return withFrontEnd("sqlserver Q { fqdn \"q.t.local\" " + sql + " }");
	}

	@Test
	void anUnknownSqlVersionIsMarkedWithTheClosestVersions() {
		Issue issue = diagnostics.assertReportedOnceAt(Rules.UNKNOWN_VALUE, sqlServer("sql «SQL2012R2» edition Enterprise"));
		assertEquals("SQL server 'Q' names the SQL Server version 'SQL2012R2', which pcchat does not know, so no rule"
				+ " checks it; did you mean SQL2008R2 or SQL2012?", issue.getMessage());
		assertEquals(List.of("SQL2008R2", "SQL2012"), List.of(issue.getData()));
	}

	@Test
	void knownValuesInAnyCaseAreNotUnknown() {
		diagnostics.assertNotReported(Rules.UNKNOWN_VALUE, sqlServer("sql sql2012 SP1 edition enterprise"));
		diagnostics.assertNotReported(Rules.UNKNOWN_VALUE, withFrontEnd(chatPool(chatServer("pc1",
				"os windowsserver2012r2 STANDARD hardware { arch X64 }").replace("installed MSMQ",
						"installed msmq, dotnet45, KB2982006"))));
	}

	@Test
	void eachUnknownValueIsMarkedOnItsOwn() {
		String text = withFrontEnd(chatPool(chatServer("pc1", "os «WindowsServer2012R3» «Datacentre»"
				+ " hardware { arch «amd64» }").replace("installed MSMQ", "installed MSMQ, «DotNet45x»")
				.replace("server pc1 {", "server pc1 «actve» {")));
		List<Issue> issues = diagnostics.assertReportedAt(Rules.UNKNOWN_VALUE, text);
		assertEquals("Persistent Chat server 'pc1' names the Windows Server edition 'Datacentre', which pcchat does not"
				+ " know, so no rule checks it; did you mean Datacenter?", issues.get(3).getMessage());
		assertEquals("Persistent Chat server 'pc1' lists 'DotNet45x' as installed, which is neither a prerequisite pcchat"
				+ " knows (MSMQ, DotNet45, PowerShell3, WIF) nor a hotfix (KB and its number, e.g. KB2982006); did you mean"
				+ " DotNet45?", issues.get(1).getMessage());
	}

	/** The typo is reported once: as an unknown item, not also as the prerequisite it stands for missing. */
	@Test
	void aMistypedPrerequisiteIsNotAlsoMissing() {
		String text = withFrontEnd(chatPool(chatServer("pc1", "").replace("installed MSMQ",
				"installed «MSMQ2», DotNet45, PowerShell3, «WlF»")));
		diagnostics.assertReportedAt(Rules.UNKNOWN_VALUE, text);
		String plain = text.replace("«", "").replace("»", "");
		diagnostics.assertNotReported(Rules.PREREQUISITES_MISSING, plain);
		diagnostics.assertNotReported(Rules.NO_MSMQ, plain);
		assertEquals(1, diagnostics.of(Rules.PREREQUISITES_MISSING, plain.replace("WlF", "SNMP")).size(),
				"an item close to no prerequisite leaves WIF missing");
	}

	@Test
	void aValueNothingIsCloseToListsTheKnownOnes() {
		Issue issue = diagnostics.assertReportedOnceAt(Rules.UNKNOWN_VALUE,
				withFrontEnd(chatPool(chatServer("pc1", "hardware { arch «sparc» }"))));
		assertEquals("Persistent Chat server 'pc1' names the processor architecture 'sparc', which pcchat does not know,"
				+ " so no rule checks it; it knows x64, x86, ia64", issue.getMessage());
	}

	@Test
	void anUnknownProduct() {
		diagnostics.assertReportedOnceAt(Rules.UNKNOWN_VALUE,
				withFrontEnd().replace("topology T {", "topology T {\n    product «Lync2031»"));
	}

	@Test
	void theFixWritesTheSuggestedValue() {
		String text = sqlServer("sql SQL2012R2 edition Enterprise");
		assertEquals(List.of("Change to 'SQL2008R2'", "Change to 'SQL2012'"), quickFixes.titles(text, Rules.UNKNOWN_VALUE));
		quickFixes.assertFix(text, Rules.UNKNOWN_VALUE, "Change to 'SQL2012'", text.replace("SQL2012R2", "SQL2012"));
		String installed = withFrontEnd(chatPool(chatServer("pc1", "").replace("installed MSMQ", "installed MSMQ, WIFF")));
		quickFixes.assertFix(installed, Rules.UNKNOWN_VALUE, "Change to 'WIF'", installed.replace("WIFF", "WIF"));
	}

	@Test
	void closestValues() {
		assertEquals(List.of("Datacenter"), Values.OS_EDITIONS.closest("Datacentre"));
		assertEquals(List.of("WindowsServer2012R2"), Values.OS_VERSIONS.closest("windowsserver2012r3"));
		assertEquals(List.of("Enterprise"), Values.SQL_EDITIONS.closest("enterprize"));
		assertEquals(List.of(), Values.ARCHITECTURES.closest("sparc"));
		assertEquals(List.of("SQL2008R2", "SQL2012"), Values.SQL_VERSIONS.closest("sql2012r2"));
	}

	@Test
	void multiHomedServerFixes() {
		String text = withFrontEnd(chatPool(chatServer("pc1", "hardware { nics 2 disks 8 }")));
		assertEquals(List.of("Add teamed (one MAC and IP address for the adapters)", "Set nics 1"),
				quickFixes.titles(text, Rules.MULTI_HOMED));
		quickFixes.assertFix(text, Rules.MULTI_HOMED, "Add teamed (one MAC and IP address for the adapters)",
				text.replace("nics 2", "nics 2 teamed"));
		quickFixes.assertFix(text, Rules.MULTI_HOMED, "Set nics 1", text.replace("nics 2", "nics 1"));
	}
}
