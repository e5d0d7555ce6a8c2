package org.pcchat.dsl.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * Quick fixes of the high-availability and real-deployment rules: remove what a collocated pool
 * cannot have (PC218), remove alwayson (PC315), use the Standard Edition server's RTC instance
 * (PC316), add the Windows update (PC404). The text before and after each fix.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoIdeInjectorProvider.class)
class RecoveryQuickFixTest {

	private static final String TOPOLOGY = """
			topology T {
			    %s
			    site S {
			        sqlserver SQL { fqdn "sql.t.local" instance MGC instance BAK instance AG%s }
			        frontend standard SE {
			            fqdn "se.t.local" os WindowsServer2012
			            installed MSMQ, DotNet45, PowerShell3, WIF%s
			            instance RTC instance RTCLOCAL
			        }
			        fileshare Share "\\\\\\\\fs.t.local\\\\share"
			        persistentchat pool P on SE {
			            fqdn "se.t.local" nexthop SE filestore Share
			            store %s
			%s
			        }
			    }
			}
			""";

	@Inject
	private QuickFixes quickFixes;

	private static String text(String product, String alwaysOn, String hotfix, String store, String extras) {
		return TOPOLOGY.formatted(product, alwaysOn, hotfix, store, extras);
	}

	private static String collocated(String extras) {
		return text("", "", "", "SE.RTC", extras);
	}

	@Test
	void aBackupOnItsOwnLineLeavesWithTheLine() {
		quickFixes.assertFix(collocated("            backup SQL.BAK\n"), Rules.RECOVERY_ON_COLLOCATED_POOL,
				"Remove the backup", collocated(""));
	}

	@Test
	void aCommentAfterTheRemovedAttributeStays() {
		quickFixes.assertFix(collocated("            witness SQL.AG // automatic failover\n"),
				Rules.RECOVERY_ON_COLLOCATED_POOL, "Remove the witness", collocated("            // automatic failover\n"));
	}

	@Test
	void theComplianceDatabasesMirrorLeavesItsLine() {
		quickFixes.assertFix(collocated("            compliance SE.RTC mirror SQL.MGC\n"), Rules.RECOVERY_ON_COLLOCATED_POOL,
				"Remove the compliance database's mirror", collocated("            compliance SE.RTC\n"));
	}

	@Test
	void aServerLeavesWithItsLines() {
		quickFixes.assertFix(collocated("            server pc1 {\n                fqdn \"pc1.t.local\"\n            }\n"),
				Rules.RECOVERY_ON_COLLOCATED_POOL, "Remove server 'pc1'", collocated(""));
	}

	@Test
	void alwaysOnIsRemoved() {
		quickFixes.assertFix(text("", " alwayson", "", "SE.RTC", ""), Rules.ALWAYS_ON_UNSUPPORTED, "Remove alwayson",
				text("", "", "", "SE.RTC", ""));
	}

	@Test
	void theLocalInstanceOfAStandardEditionServerBecomesItsRtcInstance() {
		String before = text("", "", "", "SE.RTCLOCAL", "");
		assertEquals(List.of("Change to 'SE.RTC'"), quickFixes.titles(before, Rules.DATABASE_ON_LOCAL_INSTANCE));
		quickFixes.assertFix(before, Rules.DATABASE_ON_LOCAL_INSTANCE, "Change to 'SE.RTC'", text("", "", "", "SE.RTC", ""));
	}

	@Test
	void theWindowsUpdateIsAddedToTheInstalledList() {
		String product = "product SkypeForBusiness2015 cu 9";
		quickFixes.assertFix(text(product, "", "", "SE.RTC", ""), Rules.HOTFIX_MISSING, "Add KB2858668 to installed",
				text(product, "", ", KB2858668", "SE.RTC", ""));
	}
}
