package org.pcchat.dsl.tests.validation;

import static org.pcchat.dsl.tests.support.TopologyText.SHARE;
import static org.pcchat.dsl.tests.support.TopologyText.chatPool;
import static org.pcchat.dsl.tests.support.TopologyText.topology;
import static org.pcchat.dsl.tests.support.TopologyText.withFrontEnd;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pcchat.dsl.rules.Rules;
import org.pcchat.dsl.tests.PctopoInjectorProvider;
import org.pcchat.dsl.tests.support.Diagnostics;
import org.pcchat.dsl.tests.support.Topologies;

import com.google.inject.Inject;

/**
 * PC501-PC503 and PC308: recommended hardware of Lync servers and Persistent Chat database servers,
 * one network adapter, x64.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoInjectorProvider.class)
class HardwareValidatorTest {

	/** The recommended platform, attribute by attribute. */
	private static final String RECOMMENDED = "arch x64 sockets 2 cores 6 clock 2.26 GHz memory 32 GB disks 8 nics 1 network 1 Gbps";

	@Inject
	private Diagnostics diagnostics;

	@Inject
	private Topologies topologies;

	/** Persistent Chat server pc1 with this hardware block content. */
	private static String chatServerWith(String hardware) {
		return withFrontEnd(chatPool("server pc1 { hardware { " + hardware + " } }"));
	}

	/**
	 * SQL servers BE (the Front End's back end) and DB (the pool's databases, on the instance named
	 * by {@code role}), each with its hardware block content.
	 */
	private static String databaseServers(String role, String backEndHardware, String databaseHardware) {
		return topology(SHARE, """
				sqlserver BE { fqdn "be.t.local" hardware { %s } instance RTC }
				sqlserver DB { fqdn "db.t.local" hardware { %s } instance MGC instance OTHER }
				frontend pool FE { fqdn "fe.t.local" backend BE.RTC server fe1 { } }
				persistentchat pool PC { fqdn "pc.t.local" nexthop FE store %s filestore Share server pc1 { } }"""
				.formatted(backEndHardware, databaseHardware, role.equals("store") ? "DB.MGC" : "BE.RTC "
						+ role + " DB.MGC"));
	}

	@Test
	void recommendedPlatformIsFine() {
		diagnostics.assertNotReported(Rules.HARDWARE_BELOW_RECOMMENDED, chatServerWith(RECOMMENDED));
		diagnostics.assertNotReported(Rules.MULTI_HOMED, chatServerWith(RECOMMENDED));
		diagnostics.assertNotReported(Rules.ARCHITECTURE_NOT_X64, chatServerWith(RECOMMENDED));
	}

	@Test
	void eachAttributeBelowTheRecommendationIsReportedOnItsValue() {
		diagnostics.assertReportedAt(Rules.HARDWARE_BELOW_RECOMMENDED, chatServerWith(
				"sockets 2 cores «5» clock «2.2» GHz memory «31» GB disks «7» network «0» Gbps"));
	}

	@Test
	void disksFewerThanEightAreFineWhenSolidState() {
		diagnostics.assertNotReported(Rules.HARDWARE_BELOW_RECOMMENDED, chatServerWith("disks 2 ssd"));
	}

	@Test
	void oneDiskIsCountedInTheSingular() {
		java.util.List<String> messages = Diagnostics.ofRule(topologies.issues(chatServerWith("disks 1")),
				Rules.HARDWARE_BELOW_RECOMMENDED).stream().map(org.eclipse.xtext.validation.Issue::getMessage).toList();
		org.junit.jupiter.api.Assertions.assertTrue(messages.stream().anyMatch(message -> message.contains(" has 1 disk;")),
				messages::toString);
	}

	@Test
	void coreCountIsSocketsTimesCores() {
		diagnostics.assertNotReported(Rules.HARDWARE_BELOW_RECOMMENDED, chatServerWith("sockets 4 cores 3"));
		diagnostics.assertReportedOnceAt(Rules.HARDWARE_BELOW_RECOMMENDED, chatServerWith("cores «11» sockets 1"));
	}

	@Test
	void coreCountWithOnlySocketsOrCoresIsUnknown() {
		diagnostics.assertNotReported(Rules.HARDWARE_BELOW_RECOMMENDED, chatServerWith("sockets 1"));
		diagnostics.assertNotReported(Rules.HARDWARE_BELOW_RECOMMENDED, chatServerWith("cores 4"));
	}

	@Test
	void zeroSocketsOrCoresMakeTheCoreCountKnown() {
		diagnostics.assertReportedOnceAt(Rules.HARDWARE_BELOW_RECOMMENDED, chatServerWith("sockets «0»"));
		diagnostics.assertReportedOnceAt(Rules.HARDWARE_BELOW_RECOMMENDED, chatServerWith("cores «0»"));
	}

	@Test
	void absentHardwareIsUnknown() {
		diagnostics.assertNotReported(Rules.HARDWARE_BELOW_RECOMMENDED, withFrontEnd(chatPool("server pc1 { }")));
		diagnostics.assertNotReported(Rules.HARDWARE_BELOW_RECOMMENDED, chatServerWith(""));
	}

	@Test
	void frontEndAndStandardEditionServersAreJudgedToo() {
		diagnostics.assertReportedAt(Rules.HARDWARE_BELOW_RECOMMENDED, topology(SHARE, """
				sqlserver BE { fqdn "be.t.local" instance RTC }
				frontend pool FE { fqdn "fe.t.local" backend BE.RTC server fe1 { hardware { memory «16» GB } } }
				frontend standard SE { fqdn "se.t.local" hardware { memory «16» GB } }"""));
	}

	@Test
	void sqlServersAreNotLyncServers() {
		diagnostics.assertNotReported(Rules.HARDWARE_BELOW_RECOMMENDED, databaseServers("store", "memory 16 GB", "memory 16 GB"));
	}

	@Test
	void databaseServerBelowTheRecommendationIsReportedOnTheFirstAttributeBelowIt() {
		diagnostics.assertReportedOnceAt(Rules.DATABASE_SERVER_HARDWARE,
				databaseServers("store", "memory 16 GB", "arch x64 disks «4» memory 16 GB clock 2.0 GHz"));
		diagnostics.assertReportedOnceAt(Rules.DATABASE_SERVER_HARDWARE,
				databaseServers("store", "", "sockets 1 cores «6» disks 4 ssd"));
	}

	@Test
	void complianceBackupAndMirrorServersHostPersistentChatDatabases() {
		for (String role : new String[] { "compliance", "backup", "mirror" }) {
			diagnostics.assertReportedOnceAt(Rules.DATABASE_SERVER_HARDWARE,
					databaseServers(role, "", "memory «16» GB"));
		}
	}

	@Test
	void databaseServerWithRecommendedOrUnknownHardwareIsFine() {
		diagnostics.assertNotReported(Rules.DATABASE_SERVER_HARDWARE, databaseServers("store", "", RECOMMENDED));
		diagnostics.assertNotReported(Rules.DATABASE_SERVER_HARDWARE, databaseServers("store", "", "arch x64"));
	}

	@Test
	void backEndOnlySqlServerIsNoPersistentChatDatabaseServer() {
		diagnostics.assertNotReported(Rules.DATABASE_SERVER_HARDWARE, databaseServers("store", "memory 16 GB", ""));
	}

	@Test
	void multiHomedLyncServerIsReportedOnTheNicCount() {
		diagnostics.assertReportedOnceAt(Rules.MULTI_HOMED, chatServerWith("nics «2»"));
	}

	@Test
	void multiHomedPersistentChatDatabaseServerIsReported() {
		diagnostics.assertReportedOnceAt(Rules.MULTI_HOMED, databaseServers("mirror", "", "nics «2»"));
	}

	@Test
	void oneNetworkAdapterOrABackEndOnlySqlServerIsFine() {
		diagnostics.assertNotReported(Rules.MULTI_HOMED, chatServerWith("nics 1"));
		diagnostics.assertNotReported(Rules.MULTI_HOMED, databaseServers("store", "nics 2", ""));
	}

	@Test
	void architectureOtherThanX64IsReportedOnTheValue() {
		diagnostics.assertReportedOnceAt(Rules.ARCHITECTURE_NOT_X64, chatServerWith("arch «x86»"));
		diagnostics.assertReportedOnceAt(Rules.ARCHITECTURE_NOT_X64, databaseServers("store", "arch «ia64»", ""));
	}

	@Test
	void absentArchitectureIsUnknown() {
		diagnostics.assertNotReported(Rules.ARCHITECTURE_NOT_X64, chatServerWith("memory 32 GB"));
	}
}
