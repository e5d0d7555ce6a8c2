package org.pcchat.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pcchat.dsl.rules.Rules;
import org.pcchat.dsl.tests.PctopoInjectorProvider;
import org.pcchat.dsl.tests.support.Diagnostics;

import com.google.inject.Inject;

/**
 * High availability and disaster recovery of a pool
 * (https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-configuring-persistent-chat-server-for-high-availability-and-disaster-recovery):
 * mirrors, backups and the witness against their primary (PC309, PC314, PC318, PC220, PC317), and
 * the pools that cannot have them (PC217, PC218). SQLA and SQLB are in data center DC1, SQLDR in DC2, SQLW in none written.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoInjectorProvider.class)
class RecoveryRulesTest {

	@Inject
	private Diagnostics diagnostics;

	private static String topology(String pool) {
		return """
				topology T {
				    site S {
				        sqlserver SQLA { fqdn "sqla.t.local" datacenter DC1 instance MGC instance MGC2 instance COMP instance W }
				        sqlserver SQLB { fqdn "sqlb.t.local" datacenter dc1 instance MGC instance COMP instance W }
				        sqlserver SQLDR { fqdn "sqldr.t.local" datacenter DC2 instance MGC instance COMP }
				        sqlserver SQLW { fqdn "sqlw.t.local" instance W }
				        fileshare Share "\\\\\\\\fs.t.local\\\\share"
				        frontend pool FE { fqdn "fe.t.local" filestore Share }
				        frontend standard SE { fqdn "se.t.local" instance RTC }
				%s
				    }
				}
				""".formatted(pool);
	}

	/** Pool P with the given lines in its body. */
	private static String pool(String... lines) {
		return modifiedPool("", lines);
	}

	private static String singlePool(String... lines) {
		return modifiedPool("single ", lines);
	}

	private static String modifiedPool(String modifiers, String... lines) {
		return topology("        persistentchat pool P " + modifiers + "{\n            fqdn \"p.t.local\" nexthop FE"
				+ " filestore Share\n            " + String.join("\n            ", lines) + "\n        }");
	}

	/** Pool P collocated on the Standard Edition server SE, with its databases in SE's RTC instance. */
	private static String collocated(String... lines) {
		String[] all = new String[lines.length + 1];
		all[0] = "store SE.RTC";
		System.arraycopy(lines, 0, all, 1, lines.length);
		return topology("        persistentchat pool P on SE {\n            fqdn \"se.t.local\" nexthop SE filestore Share\n"
				+ "            " + String.join("\n            ", all) + "\n        }");
	}

	// PC309: a copy on its primary's own instance, for the chat and the compliance database

	@Test
	void complianceMirrorOrBackupOnTheComplianceInstanceProtectsNothing() {
		diagnostics.assertReportedOnceAt(Rules.BACKUP_SAME_AS_STORE,
				pool("store SQLA.MGC", "compliance SQLA.COMP mirror «SQLA.COMP» backup SQLDR.COMP"));
		diagnostics.assertReportedOnceAt(Rules.BACKUP_SAME_AS_STORE,
				pool("store SQLA.MGC", "compliance SQLA.COMP backup «SQLA.COMP»"));
	}

	@Test
	void complianceCopiesOnOtherInstancesAreFine() {
		diagnostics.assertNotReported(Rules.BACKUP_SAME_AS_STORE,
				pool("store SQLA.MGC", "compliance SQLA.COMP mirror SQLB.COMP backup SQLDR.COMP"));
	}

	// PC314: the mirror and the backup of one database on one instance

	@Test
	void mirrorAndBackupOnOneInstanceMarkTheLaterReference() {
		Issue issue = diagnostics.assertReportedOnceAt(Rules.MIRROR_SAME_AS_BACKUP,
				pool("store SQLA.MGC", "mirror SQLB.MGC", "backup «SQLB.MGC»"));
		assertTrue(issue.getMessage().contains("SQL instance 'SQLB.MGC' as both the mirror and the backup store of its"
				+ " chat database"), issue::getMessage);
		diagnostics.assertReportedOnceAt(Rules.MIRROR_SAME_AS_BACKUP,
				pool("store SQLA.MGC", "backup SQLB.MGC", "mirror «SQLB.MGC»"));
	}

	@Test
	void complianceMirrorAndBackupOnOneInstanceAreReported() {
		diagnostics.assertReportedOnceAt(Rules.MIRROR_SAME_AS_BACKUP,
				pool("store SQLA.MGC", "compliance SQLA.COMP mirror SQLB.COMP backup «SQLB.COMP»"));
	}

	@Test
	void copiesOfDifferentDatabasesMayShareAnInstance() {
		diagnostics.assertNotReported(Rules.MIRROR_SAME_AS_BACKUP, pool("store SQLA.MGC", "mirror SQLB.MGC",
				"backup SQLDR.MGC", "compliance SQLA.COMP mirror SQLB.COMP backup SQLDR.COMP"));
		diagnostics.assertNotReported(Rules.MIRROR_SAME_AS_BACKUP,
				pool("store SQLA.MGC", "mirror SQLB.MGC", "compliance SQLA.COMP backup SQLB.MGC"));
	}

	// PC318: a mirror on its primary's SQL server

	@Test
	void mirrorOnThePrimarysServerIsWarnedAbout() {
		Issue issue = diagnostics.assertReportedOnceAt(Rules.MIRROR_ON_PRIMARY_SERVER,
				pool("store SQLA.MGC", "mirror «SQLA.MGC2»"));
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertTrue(issue.getMessage().contains("on SQL server 'SQLA', which also holds the chat database"),
				issue::getMessage);
		diagnostics.assertReportedOnceAt(Rules.MIRROR_ON_PRIMARY_SERVER,
				pool("store SQLB.MGC", "compliance SQLA.COMP mirror «SQLA.MGC»"));
	}

	@Test
	void mirrorOnAnotherServerOrOnThePrimaryItselfIsNotThisRulesConcern() {
		diagnostics.assertNotReported(Rules.MIRROR_ON_PRIMARY_SERVER, pool("store SQLA.MGC", "mirror SQLB.MGC"));
		// the primary's own instance is PC309's
		diagnostics.assertNotReported(Rules.MIRROR_ON_PRIMARY_SERVER, pool("store SQLA.MGC", "mirror SQLA.MGC"));
		diagnostics.assertReportedOnceAt(Rules.BACKUP_SAME_AS_STORE, pool("store SQLA.MGC", "mirror «SQLA.MGC»"));
	}

	// PC220: a backup store that shares its primary's server or data center

	@Test
	void backupOnThePrimarysServerIsNoDisasterRecovery() {
		Issue issue = diagnostics.assertReportedOnceAt(Rules.BACKUP_NOT_SEPARATE,
				pool("store SQLA.MGC", "backup «SQLA.MGC2»"));
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertTrue(issue.getMessage().contains("on SQL server 'SQLA' with the chat database"), issue::getMessage);
	}

	@Test
	void backupInThePrimarysDataCenterIsNoDisasterRecovery() {
		Issue issue = diagnostics.assertReportedOnceAt(Rules.BACKUP_NOT_SEPARATE,
				pool("store SQLA.MGC", "backup «SQLB.MGC»"));
		assertTrue(issue.getMessage().contains("in data center 'dc1'"), issue::getMessage);
		diagnostics.assertReportedOnceAt(Rules.BACKUP_NOT_SEPARATE,
				pool("store SQLA.MGC", "backup SQLDR.MGC", "compliance SQLA.COMP backup «SQLB.COMP»"));
	}

	@Test
	void backupInTheOtherDataCenterOrWhereOneIsUnknownIsFine() {
		diagnostics.assertNotReported(Rules.BACKUP_NOT_SEPARATE,
				pool("store SQLA.MGC", "backup SQLDR.MGC", "compliance SQLA.COMP backup SQLDR.COMP"));
		diagnostics.assertNotReported(Rules.BACKUP_NOT_SEPARATE, pool("store SQLW.W", "backup SQLA.MGC"));
	}

	@Test
	void backupOnThePrimaryItselfIsLeftToPc309() {
		diagnostics.assertNotReported(Rules.BACKUP_NOT_SEPARATE, pool("store SQLA.MGC", "backup SQLA.MGC"));
	}

	// PC317: a witness without a mirror, or beside what it watches

	@Test
	void witnessWithoutAMirrorWatchesNothing() {
		Issue issue = diagnostics.assertReportedOnceAt(Rules.WITNESS_MISPLACED,
				pool("store SQLA.MGC", "witness «SQLW.W»"));
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertTrue(issue.getMessage().contains("its chat database has no mirror"), issue::getMessage);
	}

	@Test
	void theComplianceMirrorIsNotTheOneThePoolsWitnessWatches() {
		diagnostics.assertReportedOnceAt(Rules.WITNESS_MISPLACED,
				pool("store SQLA.MGC", "compliance SQLA.COMP mirror SQLB.COMP", "witness «SQLW.W»"));
	}

	@Test
	void witnessOnTheServerOfTheDatabaseOrItsMirrorFailsWithIt() {
		diagnostics.assertReportedOnceAt(Rules.WITNESS_MISPLACED,
				pool("store SQLA.MGC", "mirror SQLB.MGC", "witness «SQLA.W»"));
		Issue issue = diagnostics.assertReportedOnceAt(Rules.WITNESS_MISPLACED,
				pool("store SQLA.MGC", "mirror SQLB.MGC", "witness «SQLB.W»"));
		assertTrue(issue.getMessage().contains("with its mirror (SQL instance 'SQLB.MGC')"), issue::getMessage);
	}

	@Test
	void witnessOnAThirdServerIsFine() {
		diagnostics.assertNotReported(Rules.WITNESS_MISPLACED, pool("store SQLA.MGC", "mirror SQLB.MGC", "witness SQLW.W"));
	}

	// PC218: a pool collocated on a Standard Edition server has no servers, copies or witness

	@Test
	void backupOnACollocatedPoolIsReported() {
		Issue issue = diagnostics.assertReportedOnceAt(Rules.RECOVERY_ON_COLLOCATED_POOL, collocated("backup «SQLDR.MGC»"));
		assertTrue(issue.getMessage().contains("is collocated on Standard Edition server 'SE'"), issue::getMessage);
	}

	@Test
	void theFirstOfSeveralIsMarkedAndAllAreNamed() {
		Issue issue = diagnostics.assertReportedOnceAt(Rules.RECOVERY_ON_COLLOCATED_POOL,
				collocated("mirror «SQLB.MGC»", "compliance SQLA.COMP backup SQLDR.COMP", "server pc1 { }"));
		assertTrue(issue.getMessage().contains("but it has a mirror of the chat database (SQL instance 'SQLB.MGC'),"
				+ " a backup store of the compliance database (SQL instance 'SQLDR.COMP'), a server 'pc1': remove them"),
				issue::getMessage);
		diagnostics.assertReportedOnceAt(Rules.RECOVERY_ON_COLLOCATED_POOL,
				collocated("server «pc1» { }", "witness SQLW.W"));
		diagnostics.assertReportedOnceAt(Rules.RECOVERY_ON_COLLOCATED_POOL,
				collocated("compliance SQLA.COMP mirror «SQLB.COMP»"));
	}

	@Test
	void aCollocatedPoolWithoutThemOrADedicatedPoolWithThemIsFine() {
		diagnostics.assertNotReported(Rules.RECOVERY_ON_COLLOCATED_POOL, collocated("compliance SE.RTC"));
		diagnostics.assertNotReported(Rules.RECOVERY_ON_COLLOCATED_POOL,
				pool("store SQLA.MGC", "mirror SQLB.MGC", "witness SQLW.W", "backup SQLDR.MGC", "server pc1 { }"));
	}

	// PC217: no backup of either database on a Single Computer Pool

	@Test
	void aSingleComputerPoolHasNoBackupOfEitherDatabase() {
		diagnostics.assertReportedAt(Rules.BACKUP_ON_SINGLE_POOL, singlePool("store SQLA.MGC",
				"backup «SQLDR.MGC»", "compliance SQLA.COMP backup «SQLDR.COMP»", "server pc1 { fqdn \"p.t.local\" }"));
		diagnostics.assertNotReported(Rules.BACKUP_ON_SINGLE_POOL, singlePool("store SQLA.MGC",
				"compliance SQLA.COMP mirror SQLB.COMP", "server pc1 { fqdn \"p.t.local\" }"));
	}
}
