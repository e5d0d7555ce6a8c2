package org.pcchat.dsl.tests.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pcchat.dsl.tests.support.TopologyText.chatPool;
import static org.pcchat.dsl.tests.support.TopologyText.chatServer;
import static org.pcchat.dsl.tests.support.TopologyText.withFrontEnd;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pcchat.dsl.model.Hotfixes;
import org.pcchat.dsl.model.Machines;
import org.pcchat.dsl.model.PoolDatabase;
import org.pcchat.dsl.model.Prerequisite;
import org.pcchat.dsl.model.Values;
import org.pcchat.dsl.pctopo.FileServer;
import org.pcchat.dsl.pctopo.FileShare;
import org.pcchat.dsl.pctopo.FrontEndPool;
import org.pcchat.dsl.pctopo.Instance;
import org.pcchat.dsl.pctopo.PersistentChatPool;
import org.pcchat.dsl.pctopo.Server;
import org.pcchat.dsl.pctopo.SqlServer;
import org.pcchat.dsl.pctopo.Topology;
import org.pcchat.dsl.rules.Rules;
import org.pcchat.dsl.tests.PctopoInjectorProvider;
import org.pcchat.dsl.tests.support.Diagnostics;
import org.pcchat.dsl.tests.support.Topologies;

import com.google.inject.Inject;

/**
 * The syntax of real deployments in the model: existing machines and pools, data centers, file
 * servers, teamed adapters, hotfixes, and a stretched pool's mirrors, witness and backups.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoInjectorProvider.class)
class HighAvailabilitySyntaxTest {

	private static final String STRETCHED = """
			topology T { site S {
			    sqlserver SQLA { datacenter DC1 instance MGC instance COMP }
			    sqlserver SQLB { datacenter dc1 instance MGC instance COMP }
			    sqlserver SQLW { datacenter DC3 instance WITNESS }
			    existing sqlserver SQLDR { datacenter DC2 instance MGC instance COMP }
			    persistentchat pool P {
			        store SQLA.MGC
			        mirror SQLB.MGC
			        witness SQLW.WITNESS
			        backup SQLDR.MGC
			        compliance SQLA.COMP mirror SQLB.COMP backup SQLDR.COMP
			        server pc1 { datacenter DC1 }
			        existing server pc2 standby { datacenter DC2 }
			    }
			} }
			""";

	@Inject
	private Topologies topologies;

	@Inject
	private Diagnostics diagnostics;

	private Topology clean(String text) {
		XtextResource resource = topologies.load("t.pctopo", text);
		EcoreUtil.resolveAll(resource);
		assertEquals(List.of(), resource.getErrors().stream().map(e -> e.getMessage()).toList());
		return (Topology) resource.getContents().get(0);
	}

	private static <T> T element(Topology topology, Class<T> type, int index) {
		return type.cast(topology.getSites().get(0).getElements().get(index));
	}

	private static Instance instance(Topology topology, int server, int instance) {
		return element(topology, SqlServer.class, server).getInstances().get(instance);
	}

	@Test
	void aStretchedPoolHasEachDatabaseWithItsCopies() {
		Topology topology = clean(STRETCHED);
		PersistentChatPool pool = element(topology, PersistentChatPool.class, 4);
		assertSame(instance(topology, 0, 0), PoolDatabase.CHAT.primary(pool));
		assertSame(instance(topology, 1, 0), PoolDatabase.CHAT.mirror(pool));
		assertSame(instance(topology, 3, 0), PoolDatabase.CHAT.backup(pool));
		assertSame(instance(topology, 2, 0), PoolDatabase.CHAT.witness(pool));
		assertSame(instance(topology, 0, 1), PoolDatabase.COMPLIANCE.primary(pool));
		assertSame(instance(topology, 1, 1), PoolDatabase.COMPLIANCE.mirror(pool));
		assertSame(instance(topology, 3, 1), PoolDatabase.COMPLIANCE.backup(pool));
		assertNull(PoolDatabase.COMPLIANCE.witness(pool));
	}

	@Test
	void copiesOnTheComplianceLineAreTheComplianceDatabasesOthersTheChatStores() {
		Topology topology = clean("""
				topology T { site S {
				    sqlserver SQL { instance MGC instance COMP instance M instance B instance CM }
				    persistentchat pool P {
				        store SQL.MGC
				        compliance SQL.COMP /* its mirror: */ mirror SQL.CM // and no backup
				        backup SQL.B
				    }
				    persistentchat pool Q {
				        compliance SQL.COMP
				        mirror SQL.M
				    }
				} }
				""");
		PersistentChatPool first = element(topology, PersistentChatPool.class, 1);
		assertSame(instance(topology, 0, 4), first.getComplianceMirror());
		assertNull(first.getComplianceBackup());
		assertSame(instance(topology, 0, 3), first.getBackup());
		PersistentChatPool second = element(topology, PersistentChatPool.class, 2);
		assertNull(second.getComplianceMirror());
		assertSame(instance(topology, 0, 2), second.getMirror());
	}

	@Test
	void dataCentersAreComparedIgnoringCase() {
		Topology topology = clean(STRETCHED);
		SqlServer a = element(topology, SqlServer.class, 0);
		SqlServer b = element(topology, SqlServer.class, 1);
		SqlServer dr = element(topology, SqlServer.class, 3);
		assertEquals("DC1", Machines.datacenter(a));
		assertTrue(Machines.inSameDatacenter(a, b));
		assertFalse(Machines.inSameDatacenter(a, dr));
		Server pc2 = element(topology, PersistentChatPool.class, 4).getServers().get(1);
		assertEquals("DC2", Machines.datacenter(pc2));
		assertNull(Machines.datacenter(element(topology, PersistentChatPool.class, 4)), "a pool is not a machine");
	}

	@Test
	void existingMachinesAndPools() {
		Topology topology = clean(STRETCHED);
		assertTrue(Machines.isExisting(element(topology, SqlServer.class, 3)));
		assertFalse(Machines.isExisting(element(topology, SqlServer.class, 0)));
		PersistentChatPool pool = element(topology, PersistentChatPool.class, 4);
		assertFalse(Machines.isExisting(pool));
		assertTrue(Machines.isExisting(pool.getServers().get(1)));
		FrontEndPool frontEnd = element(clean("topology T { site S { existing frontend pool FE { } } }"), FrontEndPool.class,
				0);
		assertTrue(Machines.isExisting(frontEnd));
	}

	@Test
	void aFileServerHostsSharesAndAWitnessInstance() {
		Topology topology = clean("""
				topology T { site S {
				    existing fileserver FS01 { fqdn "fs01.t.local" os WindowsServer2012R2 Standard
				        hardware { nics 2 teamed } datacenter DC3 instance WITNESS }
				    fileshare Share '\\\\fs01.t.local\\share' on fs01
				    persistentchat pool P { witness FS01.witness }
				} }
				""");
		FileServer server = element(topology, FileServer.class, 0);
		assertTrue(Machines.isExisting(server));
		assertEquals("DC3", Machines.datacenter(server));
		assertTrue(server.getHardware().isTeamed());
		assertSame(server, element(topology, FileShare.class, 1).getHost());
		assertSame(server.getInstances().get(0), element(topology, PersistentChatPool.class, 2).getWitness());
	}

	@Test
	void aFileServerIsAMachineWithAnFqdn() {
		diagnostics.assertReportedOnceAt(Rules.INVALID_FQDN, withFrontEnd("fileserver «FS01» { }"));
		diagnostics.assertReportedOnceAt(Rules.DUPLICATE_FQDN,
				withFrontEnd("fileserver FS01 { fqdn «\"sql.t.local\"» }"));
		diagnostics.assertReportedOnceAt(Rules.DUPLICATE_NAME, withFrontEnd("fileserver «sql» { fqdn \"fs.t.local\" }"));
	}

	@Test
	void hotfixesAndPrerequisitesInOneList() {
		Server server = element(clean("topology T { site S { persistentchat pool P { server pc1 {"
				+ " installed msmq, DotNet45, kb2982006, KB2858668 } } } }"), PersistentChatPool.class, 0).getServers().get(0);
		assertEquals(List.of("KB2982006", "KB2858668"), Values.hotfixes(server.getInstalled()));
		assertEquals(java.util.Set.of(Prerequisite.MSMQ, Prerequisite.DOT_NET45), Values.prerequisites(server.getInstalled()));
		assertTrue(Hotfixes.isHotfix("kb2982006"));
		assertFalse(Hotfixes.isHotfix("KB"));
		diagnostics.assertNotReported(Rules.PREREQUISITES_MISSING, withFrontEnd(chatPool(chatServer("pc1", "")
				.replace("installed MSMQ", "installed MSMQ, DotNet45, PowerShell3, WIF, KB2982006"))));
	}

	@Test
	void teamedAdaptersAreNotMultiHomed() {
		diagnostics.assertNotReported(Rules.MULTI_HOMED,
				withFrontEnd(chatPool(chatServer("pc1", "hardware { nics 2 teamed }"))));
		diagnostics.assertReportedOnceAt(Rules.MULTI_HOMED,
				withFrontEnd(chatPool(chatServer("pc1", "hardware { nics «2» }"))));
	}
}
