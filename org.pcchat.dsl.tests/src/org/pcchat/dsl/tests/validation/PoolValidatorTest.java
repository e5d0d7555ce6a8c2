package org.pcchat.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pcchat.dsl.tests.support.TopologyText.chatPool;
import static org.pcchat.dsl.tests.support.TopologyText.withFrontEnd;

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

/** PC201-PC208, PC216, PC217: Message Queuing, servers of a pool, Single Computer Pools, collocation. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoInjectorProvider.class)
class PoolValidatorTest {

	private static final String STANDARD_EDITION = """
			frontend standard SE { fqdn "se.t.local" installed MSMQ certificate "se.t.local" issuer CA instance RTCLOCAL }""";

	@Inject
	private Diagnostics diagnostics;

	/** The pool PC with these servers, in the standard topology. */
	private static String poolWith(String servers) {
		return withFrontEnd(chatPool(servers));
	}

	/** Pool PC collocated on {@code host} (no servers of its own), beside a Standard Edition server SE. */
	private static String collocatedOn(String host, String standardEdition) {
		return withFrontEnd(standardEdition, chatPool("on " + host, "").replace("pc.t.local", "se.t.local"));
	}

	@Test
	void chatServerWithoutMessageQueuingIsReportedOnItsName() {
		Issue issue = diagnostics.assertReportedOnceAt(Rules.NO_MSMQ, poolWith("""
				server pc1 { installed MSMQ, DotNet45 }
				server «pc2» { installed DotNet45, PowerShell3, WIF }"""));
		assertArrayEquals(new String[] { "MSMQ" }, issue.getData(), "the prerequisite a quick fix adds");
	}

	@Test
	void chatServerWithoutInstalledListLacksMessageQueuing() {
		diagnostics.assertReportedOnceAt(Rules.NO_MSMQ, poolWith("server «pc1» { }"));
	}

	@Test
	void frontEndServersNeedNoMessageQueuing() {
		diagnostics.assertNotReported(Rules.NO_MSMQ, poolWith("server pc1 { installed MSMQ }"));
	}

	@Test
	void standardEditionServerHostingAPoolNeedsMessageQueuing() {
		diagnostics.assertReportedOnceAt(Rules.NO_MSMQ, collocatedOn("SE", """
				frontend standard «SE» { fqdn "se.t.local" installed DotNet45 }"""));
		diagnostics.assertNotReported(Rules.NO_MSMQ, collocatedOn("SE", STANDARD_EDITION));
		diagnostics.assertNotReported(Rules.NO_MSMQ, withFrontEnd("frontend standard SE { fqdn \"se.t.local\" }"));
	}

	@Test
	void fifthActiveServerIsReported() {
		diagnostics.assertReportedOnceAt(Rules.TOO_MANY_ACTIVE_SERVERS, poolWith("""
				server pc1 active { } server pc2 { } server pc3 standby { } server pc4 active { } server pc5 { }
				server «pc6» active { } server pc7 active { }"""));
	}

	@Test
	void fourActiveServersAndStandbyServersAreFine() {
		diagnostics.assertNotReported(Rules.TOO_MANY_ACTIVE_SERVERS, poolWith("""
				server pc1 { } server pc2 { } server pc3 { } server pc4 { }
				server pc5 standby { } server pc6 standby { } server pc7 standby { } server pc8 standby { }"""));
	}

	@Test
	void ninthServerIsReported() {
		diagnostics.assertReportedOnceAt(Rules.TOO_MANY_SERVERS, poolWith("""
				server pc1 { } server pc2 { } server pc3 { } server pc4 { }
				server pc5 standby { } server pc6 standby { } server pc7 standby { } server pc8 standby { }
				server «pc9» standby { } server pc10 standby { }"""));
	}

	@Test
	void eightServersAreFine() {
		diagnostics.assertNotReported(Rules.TOO_MANY_SERVERS, poolWith("""
				server pc1 { } server pc2 { } server pc3 { } server pc4 { }
				server pc5 standby { } server pc6 standby { } server pc7 standby { } server pc8 standby { }"""));
	}

	@Test
	void poolWithOnlyStandbyServersIsReportedOnItsName() {
		diagnostics.assertReportedOnceAt(Rules.NO_ACTIVE_SERVER, withFrontEnd("""
				persistentchat pool «PC» { fqdn "pc.t.local" server pc1 standby { } }"""));
		diagnostics.assertReportedOnceAt(Rules.NO_ACTIVE_SERVER, withFrontEnd("""
				persistentchat pool «PC» { fqdn "pc.t.local" }"""));
	}

	@Test
	void poolWithAnActiveServerOrCollocatedNeedsNoOtherServer() {
		diagnostics.assertNotReported(Rules.NO_ACTIVE_SERVER, poolWith("server pc1 standby { } server pc2 { }"));
		diagnostics.assertNotReported(Rules.NO_ACTIVE_SERVER, collocatedOn("SE", STANDARD_EDITION));
	}

	@Test
	void secondServerOfASingleComputerPoolIsReported() {
		Issue issue = diagnostics.assertReportedOnceAt(Rules.SINGLE_POOL_WITH_SERVERS, withFrontEnd(chatPool("single", """
				server pc1 { fqdn "pc.t.local" } server «pc2» { } server pc3 { }""")));
		assertArrayEquals(new String[] { "PC" }, issue.getData(), "the pool a quick fix removes single from");
	}

	@Test
	void singleComputerPoolWithOneServerIsFine() {
		diagnostics.assertNotReported(Rules.SINGLE_POOL_WITH_SERVERS, withFrontEnd(chatPool("single", """
				server pc1 { fqdn "pc.t.local" }""")));
	}

	@Test
	void singleComputerPoolFqdnDifferentFromItsServersIsReportedOnTheFqdn() {
		Issue issue = diagnostics.assertReportedOnceAt(Rules.POOL_FQDN_MISMATCH, withFrontEnd("""
				persistentchat pool PC single { fqdn «"pc.t.local"» server pc1 { fqdn "pc1.t.local" } }"""));
		assertArrayEquals(new String[] { "pc1.t.local" }, issue.getData(), "the FQDN a quick fix sets");
	}

	@Test
	void singleComputerPoolFqdnEqualToItsServersIsFine() {
		diagnostics.assertNotReported(Rules.POOL_FQDN_MISMATCH, withFrontEnd("""
				persistentchat pool PC single { fqdn "PC1.t.local" server pc1 { fqdn "pc1.t.local" } }"""));
	}

	@Test
	void collocatedPoolFqdnMustBeTheStandardEditionServers() {
		diagnostics.assertReportedOnceAt(Rules.POOL_FQDN_MISMATCH, withFrontEnd(STANDARD_EDITION, """
				persistentchat pool PC on SE { fqdn «"pc.t.local"» }"""));
		diagnostics.assertNotReported(Rules.POOL_FQDN_MISMATCH, collocatedOn("SE", STANDARD_EDITION));
	}

	@Test
	void multiComputerPoolFqdnIsItsOwn() {
		diagnostics.assertNotReported(Rules.POOL_FQDN_MISMATCH, poolWith("server pc1 { fqdn \"pc1.t.local\" }"));
	}

	@Test
	void poolCollocatedOnAnythingButAStandardEditionServerIsReportedOnTheHost() {
		diagnostics.assertReportedOnceAt(Rules.COLLOCATED_ON_NON_STANDARD, withFrontEnd(chatPool("on «fe1»", "")));
		diagnostics.assertReportedOnceAt(Rules.COLLOCATED_ON_NON_STANDARD, withFrontEnd(chatPool("on «FE»", "")));
		diagnostics.assertReportedOnceAt(Rules.COLLOCATED_ON_NON_STANDARD, withFrontEnd(chatPool("on «SQL»", "")));
	}

	@Test
	void poolCollocatedOnAStandardEditionServerIsAnEvaluationWarning() {
		diagnostics.assertNotReported(Rules.COLLOCATED_ON_NON_STANDARD, collocatedOn("SE", STANDARD_EDITION));
		Issue issue = diagnostics.assertReportedOnceAt(Rules.COLLOCATED_EVALUATION_ONLY,
				collocatedOn("«SE»", STANDARD_EDITION));
		assertEquals(Severity.WARNING, issue.getSeverity());
	}

	@Test
	void poolWithItsOwnServersIsNotCollocated() {
		diagnostics.assertNotReported(Rules.COLLOCATED_EVALUATION_ONLY, poolWith("server pc1 { }"));
		diagnostics.assertNotReported(Rules.COLLOCATED_ON_NON_STANDARD, poolWith("server pc1 { }"));
	}

	@Test
	void firstStandbyServerWithoutBackupStoreIsReported() {
		diagnostics.assertReportedOnceAt(Rules.STANDBY_WITHOUT_BACKUP, poolWith("""
				server pc1 { } server «pc2» standby { } server pc3 standby { }"""));
	}

	@Test
	void standbyServersWithBackupStoreAreFine() {
		diagnostics.assertNotReported(Rules.STANDBY_WITHOUT_BACKUP, poolWith("""
				backup SQL.DR server pc1 { } server pc2 standby { }"""));
		diagnostics.assertNotReported(Rules.STANDBY_WITHOUT_BACKUP, poolWith("server pc1 { } server pc2 active { }"));
	}

	@Test
	void backupStoreOnASingleComputerPoolIsReportedOnTheReference() {
		diagnostics.assertReportedOnceAt(Rules.BACKUP_ON_SINGLE_POOL, withFrontEnd(chatPool("single", """
				backup «SQL.DR» server pc1 { fqdn "pc.t.local" }""")));
	}

	@Test
	void backupStoreOnAMultiComputerPoolIsFine() {
		diagnostics.assertNotReported(Rules.BACKUP_ON_SINGLE_POOL, poolWith("backup SQL.DR server pc1 { }"));
	}
}
