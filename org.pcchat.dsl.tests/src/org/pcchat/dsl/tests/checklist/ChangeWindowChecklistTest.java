package org.pcchat.dsl.tests.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pcchat.dsl.tests.checklist.ChecklistTest.item;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pcchat.dsl.generator.Checklist;
import org.pcchat.dsl.generator.ChecklistFormat;
import org.pcchat.dsl.generator.Checklists;
import org.pcchat.dsl.generator.Flag;
import org.pcchat.dsl.generator.Item;
import org.pcchat.dsl.generator.Kind;
import org.pcchat.dsl.generator.Phase;
import org.pcchat.dsl.generator.Reason;
import org.pcchat.dsl.model.OsVersion;
import org.pcchat.dsl.model.Values;
import org.pcchat.dsl.pctopo.Server;
import org.pcchat.dsl.pctopo.StandardServer;
import org.pcchat.dsl.pctopo.Topology;
import org.pcchat.dsl.rules.RuleCatalogue;
import org.pcchat.dsl.rules.Sources;
import org.pcchat.dsl.tests.PctopoInjectorProvider;
import org.pcchat.dsl.tests.support.Locations;
import org.pcchat.dsl.tests.support.Topologies;

import com.google.inject.Inject;

/**
 * The checklist an administrator runs in a change window, on a realistic topology
 * (checklist/change-window.pctopo): an existing Front End with a new stretched pool that has a mirror
 * with witness, a backup store and compliance with its own mirror and backup; servers on Windows
 * Server 2008 R2, 2012 and 2012 R2; a pool collocated on a running Standard Edition server.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoInjectorProvider.class)
class ChangeWindowChecklistTest {

	@Inject
	private Topologies topologies;

	@Inject
	private Checklists checklists;

	@Inject
	private RuleCatalogue catalogue;

	private Checklist load() {
		return checklists.checklist(resource());
	}

	private org.eclipse.xtext.resource.XtextResource resource() {
		try {
			return topologies.load(topology());
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	static Path topology() {
		return Locations.repositoryRoot().resolve("org.pcchat.dsl.tests/checklist/change-window.pctopo");
	}

	@Test
	void everyWhyIsARequirementWithAnHttpsPageAndNeverTheViolation() {
		Checklist checklist = load();
		checklist.items().forEach(item -> {
			assertFalse(item.why().isEmpty(), () -> item.id() + " has no why");
			for (Reason reason : item.why()) {
				assertTrue(reason.source().url().startsWith("https://") && Sources.all().contains(reason.source()),
						() -> item.id() + " cites " + reason.source());
				if (reason.rule() != null) {
					assertEquals(catalogue.get(reason.rule()).requirement(), reason.requirement());
					assertFalse(reason.requirement().contains(catalogue.get(reason.rule()).title()));
				}
			}
		});
		Item os = item(checklist, "persistent-chat/gva-pc03/os");
		Flag flag = os.flags().get(0);
		assertEquals("PC401", flag.rule());
		assertEquals(catalogue.get("PC401").title(), flag.title());
		assertEquals(catalogue.get("PC401").fix(), flag.fix());
	}

	/** pc03 runs 2008 R2 without SP1: the item says to install SP1, not the build it has. */
	@Test
	void aFlaggedItemSaysHowToFixIt() {
		Item os = item(load(), "persistent-chat/gva-pc03/os");
		assertTrue(os.isFlagged());
		assertTrue(os.what().startsWith("Install Service Pack 1 for Windows Server 2008 R2 on gva-pc03.fabrikam.com"), os.what());
		assertFalse(os.what().startsWith("Install Windows Server 2008 R2"), os.what());

		String text = ChecklistTest.VALID.replace("fqdn \"sql.example.com\"", "fqdn \"sql.example.com\"\n            sql SQL2005 edition Express x86")
				.replace("certificate \"pc01.example.com\"", "certificate \"pc01.example.com\" keysize 1024\n                os WindowsServer2016 Web");
		Checklist flagged = checklists.checklist(topologies.load("flagged", text));
		Item sql = item(flagged, "sql-servers/SQL/sql");
		assertTrue(sql.what().startsWith("Install a SQL Server version Lync Server 2013 supports (SQL Server 2008 R2, SQL Server 2012)"
				+ ", Standard or Enterprise edition, 64-bit"), sql.what());
		Item os2016 = item(flagged, "persistent-chat/pc01/os");
		assertTrue(os2016.what().startsWith("Install a Windows Server version Lync Server 2013 supports"), os2016.what());
		assertTrue(item(flagged, "setup/pc01/certificate").actions().get(0).endsWith("-KeySize 2048"),
				"the request asks for 2048 bits, not the 1024 the topology gives");
	}

	@Test
	void testNetConnectionRunsOnlyOnWindowsServer2012R2AndLater() {
		Checklist checklist = load();
		Map<String, OsVersion> systems = operatingSystems();
		List<Item> portChecks = checklist.items().filter(item -> Stream.concat(item.actions().stream(), item.verify().stream())
				.anyMatch(command -> command.contains("Test-NetConnection") || command.contains("TcpClient"))).toList();
		assertFalse(portChecks.isEmpty());
		for (Item item : portChecks) {
			OsVersion os = systems.get(item.machine());
			boolean modern = os != null && os.compareTo(OsVersion.WINDOWS_SERVER2012_R2) >= 0;
			for (String command : item.verify()) {
				assertEquals(modern, command.startsWith("Test-NetConnection"), () -> item.id() + " on " + os + ": " + command);
			}
		}
		// pc02 runs Windows Server 2012: it reaches 8011 on the other servers with a TcpClient
		assertTrue(item(checklist, "verification/zrh-pc02/pool-ports").verify()
				.contains("(New-Object System.Net.Sockets.TcpClient('zrh-pc01.fabrikam.com', 8011)).Connected"));
	}

	/** From the next hop or another pool server, once the services run: never on the server itself before setup. */
	@Test
	void portsAreCheckedFromAnotherMachineAfterTheServicesStart() {
		Checklist checklist = load();
		checklist.items().filter(item -> item.verify().stream().anyMatch(c -> c.contains("Test-NetConnection") || c.contains("TcpClient")))
				.forEach(item -> {
					assertEquals(Phase.VERIFICATION, item.phase(), item.id());
					item.verify().forEach(command -> assertFalse(command.contains("'" + item.machine() + "'")
							|| command.contains(" " + item.machine() + " "), () -> item.id() + " checks its own machine: " + command));
				});
		Item fromNextHop = item(checklist, "verification/PChat/ports");
		assertEquals("zrh-fe01.fabrikam.com", fromNextHop.machine());
		assertTrue(fromNextHop.verify().contains("Test-NetConnection gva-pc03.fabrikam.com -Port 5041"));
		assertTrue(fromNextHop.verify().contains("Test-NetConnection zrh-pc01.fabrikam.com -Port 881"));
	}

	/** The Lync Server Management Shell exists on a Persistent Chat server only once Setup ran there. */
	@Test
	void noManagementShellCommandOnAChatServerBeforeSetup() {
		Checklist checklist = load();
		List<String> chatServers = EcoreUtil2.getAllContentsOfType(topology(checklist), Server.class).stream()
				.filter(server -> server.eContainer() instanceof org.pcchat.dsl.pctopo.PersistentChatPool)
				.map(Server::getFqdn).toList();
		checklist.items().filter(item -> item.phase().compareTo(Phase.SETUP) < 0 && chatServers.contains(item.machine()))
				.forEach(item -> Stream.concat(item.actions().stream(), item.verify().stream())
						.forEach(command -> assertFalse(command.matches("(?s).*\\b[A-Z][a-z]+-Cs[A-Z].*"),
								() -> item.id() + " runs a Lync cmdlet before setup: " + command)));
		List<String> setup = checklist.items().filter(item -> "zrh-pc01.fabrikam.com".equals(item.machine())
				&& item.phase() == Phase.SETUP).map(Item::id).toList();
		assertEquals(List.of("setup/zrh-pc01/components", "setup/zrh-pc01/certificate", "setup/zrh-pc01/services",
				"setup/zrh-pc01/state"), setup, "the Deployment Wizard's order");
	}

	@Test
	void aStandardEditionServerHostingAPoolKeepsItsCertificateAndItsInstances() {
		Checklist checklist = load();
		List<Item> onServer = checklist.items().filter(item -> "lab-se01.fabrikam.com".equals(item.machine())).toList();
		onServer.forEach(item -> item.actions().forEach(command -> assertFalse(
				command.contains("Request-CsCertificate") || command.contains("Set-CsCertificate"), item.id() + ": " + command)));
		Item certificate = item(checklist, "front-end/LabSE/certificate");
		assertEquals(Kind.VERIFY, certificate.kind());
		assertTrue(certificate.what().contains("do not request a new default certificate"), certificate.what());
		Item instance = item(checklist, "front-end/LabSE.RTC/instance");
		assertEquals(Kind.VERIFY, instance.kind());
		assertFalse(instance.what().startsWith("Create"), instance.what());

		String local = ChecklistTest.VALID.replace("instance MGC", "instance MGC\n            instance RTCLOCAL");
		Item rtcLocal = item(checklists.checklist(topologies.load("local", local)), "sql-servers/SQL.RTCLOCAL/instance");
		assertEquals(Kind.VERIFY, rtcLocal.kind());
		assertTrue(rtcLocal.what().contains("do not create it"), rtcLocal.what());
		checklist.items().forEach(item -> assertFalse(item.what().matches("(?i)create sql server instance (rtclocal|lynclocal).*"),
				item.id()));
	}

	@Test
	void theMirrorIsInstalledAndLogsAreShippedToTheBackupStore() {
		Checklist checklist = load();
		Item mirror = item(checklist, "databases/PChat/mirror");
		assertTrue(mirror.actions().get(0).startsWith("Install-CsMirrorDatabase -DatabaseType PersistentChat"
				+ " -SqlServerFqdn zrh-sqlpc01.fabrikam.com -SqlInstanceName MGC"), mirror.actions().toString());
		Item shipping = item(checklist, "databases/PChat/log-shipping");
		assertTrue(shipping.what().startsWith("Ship the transaction logs of mgc from SQLPC.MGC"), shipping.what());
		assertTrue(shipping.verify().get(1).contains("gva-sqldr01.fabrikam.com\\MGC"), shipping.verify().toString());
		List<String> databases = ids(checklist, Phase.DATABASES);
		assertTrue(databases.indexOf("databases/SQLPC/install") < databases.indexOf("databases/PChat/mirror"),
				"the mirror after the database exists");
	}

	@Test
	void theRunbooksFollowMicrosoftsOrder() {
		Checklist checklist = load();
		assertEquals(List.of("runbooks/PChat/failover-compliance", "runbooks/PChat/failover-1", "runbooks/PChat/failover-2",
				"runbooks/PChat/failover-3", "runbooks/PChat/failover-4", "runbooks/PChat/failover-5",
				"runbooks/PChat/failover-6", "runbooks/PChat/failover-7", "runbooks/PChat/failback-1",
				"runbooks/PChat/failback-2", "runbooks/PChat/failback-3", "runbooks/PChat/failback-4",
				"runbooks/PChat/failback-5", "runbooks/PChat/failback-6", "runbooks/PChat/failback-7"),
				ids(checklist, Phase.RUNBOOKS));
		checklist.items().filter(item -> item.phase() == Phase.RUNBOOKS).forEach(item -> assertEquals(Kind.RUNBOOK, item.kind()));
		assertTrue(item(checklist, "runbooks/PChat/failover-compliance").what().contains("mgccomp) of zrh-pchat.fabrikam.com is not failed over"));
		assertTrue(item(checklist, "runbooks/PChat/failback-3").what().startsWith("Failback step 3 of 7: "));
		assertTrue(item(checklist, "runbooks/PChat/failover-1").actions().get(0).contains("sp_delete_log_shipping_secondary_database mgc"));
		assertTrue(item(checklist, "runbooks/PChat/failover-4").actions().get(2).contains("RESTORE DATABASE mgc WITH RECOVERY"));
		assertEquals("Set-CsPersistentChatState -Identity 'service:zrh-pchat.fabrikam.com' -PoolState FailedOver",
				item(checklist, "runbooks/PChat/failover-5").actions().get(0));
		assertTrue(item(checklist, "runbooks/PChat/failover-6").actions().get(0).startsWith("Install-CsMirrorDatabase"));
		assertEquals("Set-CsPersistentChatActiveServer -Identity 'PersistentChatServer:zrh-pchat.fabrikam.com'"
				+ " -ActiveServers @{Replace='gva-pc03.fabrikam.com','gva-pc04.fabrikam.com'}",
				item(checklist, "runbooks/PChat/failover-7").actions().get(0));
		assertEquals("Set-CsPersistentChatState -Identity 'service:zrh-pchat.fabrikam.com' -PoolState Normal",
				item(checklist, "runbooks/PChat/failback-7").actions().get(0));
	}

	/** What runs already is checked, never installed or created, and nothing on it is changed. */
	@Test
	void existingMachinesAndPoolsOnlyGetVerifyItems() {
		Checklist checklist = load();
		for (String id : List.of("sql-servers/SQLBE/sql", "sql-servers/SQLBE/hardware", "sql-servers/SQLBE.RTC/instance",
				"front-end/FE/pool", "front-end/zrh-fe01/os", "front-end/zrh-fe01/prerequisites", "front-end/zrh-fe01/certificate",
				"front-end/LabSE/server", "front-end/LabSE/os", "front-end/LabSE.RTC/instance")) {
			Item item = item(checklist, id);
			assertEquals(Kind.VERIFY, item.kind(), id);
			assertTrue(item.actions().isEmpty(), () -> id + " changes a running machine: " + item.actions());
			assertFalse(item.what().matches("(?i)(install|create|deploy|provide|define) .*"), () -> id + ": " + item.what());
		}
		assertEquals("Check that zrh-sqlbe01.fabrikam.com runs SQL Server 2012 SP1 Enterprise edition, 64-bit",
				item(checklist, "sql-servers/SQLBE/sql").what());
		assertTrue(item(checklist, "front-end/FE/pool").what().startsWith("Check that Front End pool zrh-fepool.fabrikam.com runs"));
		// the running Standard Edition server gets what its new collocated pool needs
		assertEquals(Kind.TODO, item(checklist, "front-end/LabSE/msmq").kind());
		assertEquals(Kind.TODO, item(checklist, "setup/LabSE/components").kind());
		// the new pool's servers are new
		assertEquals(Kind.TODO, item(checklist, "persistent-chat/zrh-pc01/os").kind());
	}

	@Test
	void theWitnessAndTheComplianceDatabasesMirrorAndBackupAreSetUp() {
		Checklist checklist = load();
		Item witness = item(checklist, "sql-servers/SQLW.WITNESS/instance");
		assertTrue(witness.what().contains("witness of the chat database's mirroring of Persistent Chat pool 'PChat'"),
				witness.what());
		assertTrue(item(checklist, "databases/PChat/mirror").what().contains("with the witness SQLW.WITNESS"));
		Item complianceMirror = item(checklist, "databases/PChat/compliance-mirror");
		assertTrue(complianceMirror.actions().get(0).startsWith("Install-CsMirrorDatabase -DatabaseType PersistentChatCompliance"
				+ " -SqlServerFqdn zrh-sqlpc01.fabrikam.com -SqlInstanceName MGCCOMP"), complianceMirror.actions().toString());
		assertTrue(item(checklist, "databases/PChat/compliance-log-shipping").what()
				.startsWith("Ship the transaction logs of mgccomp from SQLPC.MGCCOMP"));
		assertTrue(item(checklist, "databases/SQLDR/install").what().contains("compliance backup store of PChat on MGCCOMP"));
		assertFalse(checklist.items().anyMatch(item -> item.id().equals("databases/SQLPC2/install")),
				"SQLPC2 holds only mirrors, which Install-CsMirrorDatabase makes");
	}

	@Test
	void configurationAfterDeploymentFollowsTheDocumentedOrder() {
		List<String> ids = ids(load(), Phase.POST_DEPLOYMENT);
		assertEquals(List.of("post-deployment/topology/administrators", "post-deployment/topology/policy",
				"post-deployment/topology/options", "post-deployment/PChat/categories", "post-deployment/PChat/rooms",
				"post-deployment/PChat/add-ins", "post-deployment/PChat/compliance", "post-deployment/LabChat/categories",
				"post-deployment/LabChat/rooms", "post-deployment/LabChat/add-ins"), ids);
	}

	@Test
	void theHtmlListsTheFlaggedItemsFirstWithLinksAndHasAContentsTable() {
		String html = checklists.render(resource(), ChecklistFormat.HTML);
		int contents = html.indexOf("<nav aria-label=\"Contents\">");
		int resolve = html.indexOf("<section id=\"resolve-first\">");
		int firstSection = html.indexOf("<section id=\"sql-servers/Zurich\">");
		assertTrue(contents > 0 && contents < resolve && resolve < firstSection, "contents, then the flagged items, then the rest");
		assertTrue(html.substring(resolve, firstSection).contains("<a href=\"#persistent-chat/gva-pc03/os\">"));
		assertTrue(html.contains("id=\"persistent-chat/gva-pc03/os\""));
		assertTrue(html.substring(contents, resolve).contains("<a href=\"#runbooks\">10. Failover and failback runbooks</a>"));
		String markdown = checklists.render(resource(), ChecklistFormat.MARKDOWN);
		assertTrue(markdown.indexOf("## Resolve first") < markdown.indexOf("## Site Zurich"));
	}

	private static List<String> ids(Checklist checklist, Phase phase) {
		return checklist.items().filter(item -> item.phase() == phase).map(Item::id).toList();
	}

	private Topology topology(Checklist ignored) {
		return (Topology) resource().getContents().get(0);
	}

	private Map<String, OsVersion> operatingSystems() {
		Topology topology = (Topology) resource().getContents().get(0);
		Map<String, OsVersion> systems = new HashMap<>();
		for (Server server : EcoreUtil2.getAllContentsOfType(topology, Server.class)) {
			systems.put(server.getFqdn(), Values.osVersion(server.getOs()).orElse(null));
		}
		for (StandardServer server : EcoreUtil2.getAllContentsOfType(topology, StandardServer.class)) {
			systems.put(server.getFqdn(), Values.osVersion(server.getOs()).orElse(null));
		}
		return systems;
	}
}
