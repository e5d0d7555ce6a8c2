package org.pcchat.dsl.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pcchat.dsl.tests.support.MinimalTopology.server;
import static org.pcchat.dsl.tests.support.MinimalTopology.withServers;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pcchat.dsl.rules.Rules;
import org.pcchat.dsl.tests.support.PctopoIdeInjectorProvider;
import org.pcchat.dsl.tests.support.QuickFixes;

import com.google.inject.Inject;

/**
 * Quick fixes of versions, prerequisites and certificates (PC301, PC401, PC403, PC602, PC605): the
 * text before and after each fix, one resolution per supported version of the product profile.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoIdeInjectorProvider.class)
class SoftwareAndCertificateQuickFixTest {

	/** The valid minimal topology (Lync Server 2013): no diagnostic at all. */
	private static final String VALID = withServers(server("pc1", "pc1.minimal.local"));

	private static final String SKYPE_2015 = VALID.replace("    authority CA",
			"    product SkypeForBusiness2015 cu 9\n    authority CA");

	private static final String PC1_OS = "fqdn \"pc1.minimal.local\"\n                os WindowsServer2012";

	private static final String PC1_ISSUER = "san \"pc.minimal.local\" issuer CA";

	@Inject
	private QuickFixes quickFixes;

	/** {@code text} with Persistent Chat server pc1 on {@code os}. */
	private static String pc1On(String text, String os) {
		return text.replace(PC1_OS, PC1_OS.replace("os WindowsServer2012", "os " + os));
	}

	private static String sql(String text, String sql) {
		return text.replace("sql SQL2012 edition Standard", "sql " + sql + " edition Standard");
	}

	@Test
	void sqlVersionIsOfferedEachVersionTheProductSupports() {
		String before = sql(VALID, "SQL2014");
		assertEquals(List.of("Change to 'SQL2008R2'", "Change to 'SQL2012'"),
				quickFixes.titles(before, Rules.SQL_VERSION_UNSUPPORTED));
		quickFixes.assertFix(before, Rules.SQL_VERSION_UNSUPPORTED, "Change to 'SQL2012'", VALID);
	}

	@Test
	void sqlVersionLackingItsServicePackGetsItFirst() {
		String before = sql(SKYPE_2015, "SQL2016");
		assertEquals(List.of("Change to 'SQL2016 sp 1' (needs product cu 7)", "Change to 'SQL2012'",
				"Change to 'SQL2014' (needs product cu 6)", "Change to 'SQL2017'", "Change to 'SQL2019'"),
				quickFixes.titles(before, Rules.SQL_VERSION_UNSUPPORTED));
		quickFixes.assertFix(before, Rules.SQL_VERSION_UNSUPPORTED, "Change to 'SQL2016 sp 1' (needs product cu 7)",
				sql(SKYPE_2015, "SQL2016 sp 1"));
	}

	@Test
	void sqlServicePackWrittenTooLowIsRaised() {
		quickFixes.assertFix(sql(SKYPE_2015, "SQL2016 sp 0"), Rules.SQL_VERSION_UNSUPPORTED,
				"Change to 'SQL2016 sp 1' (needs product cu 7)", sql(SKYPE_2015, "SQL2016 sp 1"));
	}

	@Test
	void operatingSystemIsOfferedEachVersionTheProductSupports() {
		String before = pc1On(VALID, "WindowsServer2008");
		assertEquals(List.of("Change to 'WindowsServer2008R2 sp 1'", "Change to 'WindowsServer2012'",
				"Change to 'WindowsServer2012R2'"), quickFixes.titles(before, Rules.OS_UNSUPPORTED));
		quickFixes.assertFix(before, Rules.OS_UNSUPPORTED, "Change to 'WindowsServer2012'", VALID);
		quickFixes.assertFix(before, Rules.OS_UNSUPPORTED, "Change to 'WindowsServer2008R2 sp 1'",
				pc1On(VALID, "WindowsServer2008R2 sp 1"));
	}

	@Test
	void operatingSystemServicePackFollowsTheEdition() {
		quickFixes.assertFix(pc1On(VALID, "WindowsServer2008R2 Enterprise core"), Rules.OS_UNSUPPORTED,
				"Change to 'WindowsServer2008R2 sp 1'", pc1On(VALID, "WindowsServer2008R2 Enterprise sp 1 core"));
		// two edits, the version and the service pack, both placed in the text before the fix
		quickFixes.assertFix(pc1On(VALID, "WindowsServer2003 Enterprise"), Rules.OS_UNSUPPORTED,
				"Change to 'WindowsServer2008R2 sp 1'", pc1On(VALID, "WindowsServer2008R2 Enterprise sp 1"));
	}

	@Test
	void operatingSystemServicePackWrittenTooLowIsRaised() {
		quickFixes.assertFix(pc1On(VALID, "WindowsServer2008R2 sp 0"), Rules.OS_UNSUPPORTED,
				"Change to 'WindowsServer2008R2 sp 1'", pc1On(VALID, "WindowsServer2008R2 sp 1"));
	}

	@Test
	void operatingSystemsOfSkypeForBusinessNameTheirCumulativeUpdates() {
		assertEquals(List.of("Change to 'WindowsServer2012'", "Change to 'WindowsServer2012R2'",
				"Change to 'WindowsServer2016' (needs product cu 5)", "Change to 'WindowsServer2019' (needs product cu 9)"),
				quickFixes.titles(pc1On(SKYPE_2015, "WindowsServer2008R2 sp 1"), Rules.OS_UNSUPPORTED));
		quickFixes.assertFix(pc1On(SKYPE_2015, "WindowsServer2008R2 sp 1"), Rules.OS_UNSUPPORTED,
				"Change to 'WindowsServer2019' (needs product cu 9)", pc1On(SKYPE_2015, "WindowsServer2019 sp 1"));
	}

	@Test
	void missingPrerequisitesAreAppendedToTheInstalledList() {
		quickFixes.assertFix(VALID.replace("installed MSMQ, DotNet45, PowerShell3, WIF", "installed MSMQ"),
				Rules.PREREQUISITES_MISSING, "Add DotNet45, PowerShell3, WIF to installed", VALID);
		quickFixes.assertFix(VALID.replace("installed MSMQ, DotNet45, PowerShell3, WIF", "installed MSMQ, WIF"),
				Rules.PREREQUISITES_MISSING, "Add DotNet45, PowerShell3 to installed",
				VALID.replace("installed MSMQ, DotNet45, PowerShell3, WIF", "installed MSMQ, WIF, DotNet45, PowerShell3"));
	}

	@Test
	void certificateIssuerBecomesTheFrontEndsIssuer() {
		String twoAuthorities = VALID.replace("    authority CA \"CN=Minimal CA\"\n",
				"    authority CA \"CN=Minimal CA\"\n    authority Other \"CN=Other CA\"\n");
		String before = twoAuthorities.replace(PC1_ISSUER, "san \"pc.minimal.local\" issuer Other");
		assertEquals(List.of("Change issuer to 'CA'"), quickFixes.titles(before, Rules.CERTIFICATE_ISSUER));
		quickFixes.assertFix(before, Rules.CERTIFICATE_ISSUER, "Change issuer to 'CA'", twoAuthorities);
	}

	@Test
	void keySizeBelowTheRecommendationBecomes2048() {
		for (String size : List.of("1024", "512")) { // a warning, an error
			quickFixes.assertFix(VALID.replace(PC1_ISSUER, PC1_ISSUER + " keysize " + size), Rules.CERTIFICATE_KEY_SIZE,
					"Set keysize 2048", VALID.replace(PC1_ISSUER, PC1_ISSUER + " keysize 2048"));
		}
	}
}
