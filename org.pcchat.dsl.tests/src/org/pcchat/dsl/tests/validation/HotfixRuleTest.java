package org.pcchat.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pcchat.dsl.rules.Rules;
import org.pcchat.dsl.tests.PctopoInjectorProvider;
import org.pcchat.dsl.tests.support.Diagnostics;

import com.google.inject.Inject;

/** PC404: the Windows update Skype for Business Server 2015 needs per Windows Server version. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoInjectorProvider.class)
class HotfixRuleTest {

	private static final String PREREQUISITES = "MSMQ, DotNet45, PowerShell3, WIF";

	@Inject
	private Diagnostics diagnostics;

	private static String topology(String product, String server) {
		return """
				topology T {
				    %s
				    site S {
				        sqlserver SQL { fqdn "sql.t.local" instance MGC }
				        fileshare Share "\\\\\\\\fs.t.local\\\\share"
				        frontend standard SE { fqdn "se.t.local" instance RTC }
				        persistentchat pool P {
				            fqdn "p.t.local" nexthop SE store SQL.MGC filestore Share
				            server pc1 { fqdn "pc1.t.local" %s }
				        }
				    }
				}
				""".formatted(product, server);
	}

	private static String skype(String server) {
		return topology("product SkypeForBusiness2015 cu 9", server);
	}

	@ParameterizedTest
	@CsvSource({ "WindowsServer2012, KB2858668", "WindowsServer2012R2, KB2982006" })
	void aSkypeForBusinessServerNeedsTheUpdateOfItsWindowsServer(String os, String kb) {
		Issue issue = diagnostics.assertReportedOnceAt(Rules.HOTFIX_MISSING,
				skype("os " + os + " «installed " + PREREQUISITES + "»"));
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertTrue(issue.getMessage().contains("does not list " + kb + " as installed"), issue::getMessage);
		assertEquals(kb, issue.getData()[0]);
		diagnostics.assertNotReported(Rules.HOTFIX_MISSING, skype("os " + os + " installed " + PREREQUISITES + ", "
				+ kb.toLowerCase()));
	}

	@Test
	void theStandardEditionServerIsJudgedToo() {
		diagnostics.assertReportedOnceAt(Rules.HOTFIX_MISSING, skype("os WindowsServer2012R2 installed KB2982006, "
				+ PREREQUISITES).replace("fqdn \"se.t.local\"", "fqdn \"se.t.local\" os WindowsServer2012 «installed WIF»"));
	}

	@Test
	void windowsServer2008R2NeedsItsUpdateTooAlthoughPc401ReportsIt() {
		// the rule table lists 2008 R2 without KB2533623: an in-place upgrade needs it
		String text = skype("os WindowsServer2008R2 sp 1 «installed " + PREREQUISITES + "»");
		Issue issue = diagnostics.assertReportedOnceAt(Rules.HOTFIX_MISSING, text);
		assertEquals("KB2533623", issue.getData()[0]);
		diagnostics.assertNotReported(Rules.HOTFIX_MISSING, skype("os WindowsServer2008R2 sp 1 installed " + PREREQUISITES
				+ ", KB2533623"));
	}

	@Test
	void nothingIsJudgedWhatIsUnknownOrLync2013() {
		diagnostics.assertNotReported(Rules.HOTFIX_MISSING, skype("os WindowsServer2012"));
		diagnostics.assertNotReported(Rules.HOTFIX_MISSING, skype("installed " + PREREQUISITES));
		diagnostics.assertNotReported(Rules.HOTFIX_MISSING, topology("", "os WindowsServer2012 installed " + PREREQUISITES));
		diagnostics.assertNotReported(Rules.HOTFIX_MISSING,
				topology("product SkypeForBusiness2030", "os WindowsServer2012 installed " + PREREQUISITES));
		diagnostics.assertNotReported(Rules.HOTFIX_MISSING, skype("os WindowsServer2013 installed " + PREREQUISITES));
	}
}
