package org.pcchat.dsl.tests.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pcchat.dsl.generator.Checklist;
import org.pcchat.dsl.generator.ChecklistBuilder;
import org.pcchat.dsl.generator.Checklists;
import org.pcchat.dsl.generator.Item;
import org.pcchat.dsl.generator.Kind;
import org.pcchat.dsl.generator.Phase;
import org.pcchat.dsl.generator.Reason;
import org.pcchat.dsl.generator.Section;
import org.pcchat.dsl.pctopo.PersistentChatPool;
import org.pcchat.dsl.pctopo.Server;
import org.pcchat.dsl.pctopo.Topology;
import org.pcchat.dsl.rules.Rule;
import org.pcchat.dsl.rules.RuleCatalogue;
import org.pcchat.dsl.rules.Rules;
import org.pcchat.dsl.tests.PctopoInjectorProvider;
import org.pcchat.dsl.tests.support.Locations;
import org.pcchat.dsl.tests.support.Topologies;

import com.google.inject.Inject;

/** What the checklist contains: order, rules cited, verify items and flags
 * (https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-deployment-checklist-for-persistent-chat-server). */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoInjectorProvider.class)
class ChecklistTest {

	@Inject
	private Topologies topologies;

	@Inject
	private Checklists checklists;

	@Inject
	private ChecklistBuilder builder;

	@Inject
	private RuleCatalogue catalogue;

	@Test
	void sectionsFollowTheDependencyOrder() throws IOException {
		Checklist contoso = checklists.checklist(topologies.load(ChecklistGoldenTest.contoso()));
		assertEquals(List.of("sql-servers/Redmond", "file-shares/Redmond", "front-end/Redmond", "persistent-chat/Redmond",
				"publishing", "databases", "setup", "verification", "post-deployment"), sectionIds(contoso));

		Checklist rich = checklists.checklist(topologies.load(rich()));
		assertEquals(List.of("sql-servers/Main", "file-shares/Main", "front-end/Main", "persistent-chat/Main",
				"sql-servers/Branch", "file-shares/Branch", "publishing", "databases", "setup", "verification", "post-deployment", "runbooks"),
				sectionIds(rich));
	}

	@Test
	void phasesNeverGoBackwardsWithinASite() throws IOException {
		Checklist rich = checklists.checklist(topologies.load(rich()));
		Phase previous = null;
		String site = null;
		for (Section section : rich.sections()) {
			boolean sameSite = section.site() != null && section.site().equals(site);
			if (previous != null && (sameSite || section.site() == null)) {
				assertTrue(previous.compareTo(section.phase()) < 0, previous + " before " + section.phase());
			}
			previous = section.phase();
			site = section.site();
		}
	}

	@Test
	void machinesOfAPoolComeAfterThePoolAndItsServersInDocumentOrder() throws IOException {
		List<String> ids = ids(checklists.checklist(topologies.load(ChecklistGoldenTest.contoso())));
		assertTrue(ids.indexOf("persistent-chat/PChat/definition") < ids.indexOf("persistent-chat/pc01/msmq"));
		assertTrue(ids.indexOf("persistent-chat/pc01/firewall") < ids.indexOf("persistent-chat/pc02/msmq"));
		assertTrue(ids.indexOf("sql-servers/SQLBE/sql") < ids.indexOf("sql-servers/SQLPC/sql"));
	}

	@Test
	void everyRuleFromPC101ToPC605IsTheReasonOfSomeItem() throws IOException {
		Checklist rich = checklists.checklist(topologies.load(rich()));
		Set<String> cited = rich.items().flatMap(item -> item.why().stream()).map(Reason::rule)
				.filter(java.util.Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
		Set<String> expected = catalogue.all().stream().map(Rule::id)
				.filter(id -> id.compareTo("PC101") >= 0 && id.compareTo("PC605") <= 0)
				.collect(Collectors.toCollection(TreeSet::new));
		assertEquals(55 - 5, expected.size(), "the catalogue's rules PC101 to PC605");
		expected.removeAll(cited);
		assertEquals(Set.of(), expected, "rules no item cites");
	}

	@Test
	void itemIdsAreUniqueAndReasonsComeFromTheCatalogue() throws IOException {
		Checklist rich = checklists.checklist(topologies.load(rich()));
		List<String> ids = ids(rich);
		assertEquals(ids.size(), new TreeSet<>(ids).size(), "duplicate IDs");
		Reason msmq = item(rich, "persistent-chat/pc1/msmq").why().get(0);
		Rule rule = catalogue.get(Rules.NO_MSMQ);
		assertEquals(new Reason(rule.id(), rule.requirement(), rule.source()), msmq);
	}

	@Test
	void unknownAttributesBecomeVerifyItems() {
		Checklist checklist = checklists.checklist(topologies.load("unknown", MINIMAL));
		Item hardware = item(checklist, "persistent-chat/pc01/hardware");
		assertEquals(Kind.VERIFY, hardware.kind());
		assertTrue(hardware.what().startsWith("The topology does not describe the hardware of pc01.example.com"),
				hardware.what());
		assertTrue(cites(hardware, Rules.HARDWARE_BELOW_RECOMMENDED));
		assertEquals(Kind.VERIFY, item(checklist, "persistent-chat/pc01/os").kind());
		assertEquals(Kind.VERIFY, item(checklist, "persistent-chat/pc01/prerequisites").kind());
		assertEquals(Kind.VERIFY, item(checklist, "persistent-chat/pc01/timezone").kind());
		assertEquals(Kind.VERIFY, item(checklist, "sql-servers/SQL/sql").kind());
		assertEquals(Kind.VERIFY, item(checklist, "persistent-chat/PChat/capacity").kind());
	}

	@Test
	void partlyDescribedHardwareIsVerifiedForWhatIsLeftOut() {
		String text = MINIMAL.replace("certificate \"pc01.example.com\"",
				"certificate \"pc01.example.com\"\n                hardware { memory 32 GB disks 8 }");
		Item hardware = item(checklists.checklist(topologies.load("partial", text)), "persistent-chat/pc01/hardware");
		assertEquals(Kind.VERIFY, hardware.kind());
		assertEquals("Provide pc01.example.com with 32 GB memory, 8 disks; the topology does not say, so check: x64"
				+ " processors, 2 processors, 6 cores each, 2.26 GHz or faster, one network adapter (teaming allowed),"
				+ " 1 Gbps", hardware.what());
	}

	@Test
	void declaredAttributesAreThingsToDo() throws IOException {
		Checklist contoso = checklists.checklist(topologies.load(ChecklistGoldenTest.contoso()));
		assertEquals(Kind.TODO, item(contoso, "persistent-chat/pc01/hardware").kind());
		assertEquals(Kind.TODO, item(contoso, "persistent-chat/pc01/os").kind());
		assertEquals(0, contoso.flaggedCount(), "contoso has no diagnostics");
	}

	@Test
	void aServerWithoutMessageQueuingGetsAFlaggedMsmqItemCitingPC201() {
		String text = VALID.replace("installed MSMQ, DotNet45", "installed DotNet45");
		Checklist checklist = checklists.checklist(topologies.load("nomsmq", text));

		Item msmq = item(checklist, "persistent-chat/pc01/msmq");
		assertEquals(Kind.TODO, msmq.kind());
		assertTrue(cites(msmq, Rules.NO_MSMQ));
		assertTrue(msmq.what().contains("the topology does not list MSMQ as installed"), msmq.what());
		assertEquals(1, msmq.flags().size());
		assertEquals(Rules.NO_MSMQ, msmq.flags().get(0).rule());
		assertEquals("error", msmq.flags().get(0).severity());
		assertEquals("Persistent Chat server 'pc01' does not have Message Queuing (MSMQ) installed; every Persistent"
				+ " Chat Server needs it", msmq.flags().get(0).message());
		assertEquals(1, checklist.flaggedCount(), "flagged once only");
		assertTrue(msmq.actions().contains("Install-WindowsFeature MSMQ-Server"), msmq.actions().toString());
		assertTrue(msmq.verify().contains("Get-WindowsFeature MSMQ-Server"), msmq.verify().toString());
	}

	@Test
	void aValidatorDiagnosticIsFlaggedOnTheItemCitingItsRule() {
		String text = VALID.replace("            instance MGC", "            sql SQL2005 edition Standard\n            instance MGC");
		Checklist checklist = checklists.checklist(topologies.load("oldsql", text));
		Item sql = item(checklist, "sql-servers/SQL/sql");
		assertEquals(List.of(Rules.SQL_VERSION_UNSUPPORTED), sql.flags().stream().map(f -> f.rule()).toList());
		assertEquals(5, sql.flags().get(0).line());
		assertEquals(1, checklist.errors());
		assertEquals(1, checklist.flaggedCount());
	}

	@Test
	void aDiagnosticWithoutACitingItemFallsBackToItsElementsFirstItem() {
		String text = VALID.replace("fqdn \"pc01.example.com\"", "fqdn \"pc01\"");
		Checklist checklist = checklists.checklist(topologies.load("badfqdn", text));
		// (the certificate's subject no longer matching the FQDN is flagged as PC604 elsewhere)
		List<Item> flagged = checklist.items()
				.filter(item -> item.flags().stream().anyMatch(flag -> flag.rule().equals(Rules.INVALID_FQDN))).toList();
		assertEquals(1, flagged.size());
		assertEquals("persistent-chat/pc01/msmq", flagged.get(0).id());
	}

	@Test
	void commandsUseTheNamesOfTheTopology() throws IOException {
		Checklist contoso = checklists.checklist(topologies.load(ChecklistGoldenTest.contoso()));
		assertTrue(item(contoso, "databases/SQLPC/install").actions()
				.contains("Install-CsDatabase -ConfiguredDatabases -SqlServerFqdn sqlpc01.contoso.com"));
		assertTrue(item(contoso, "databases/SQLPC/install").verify()
				.contains("Test-CsDatabase -DatabaseType PersistentChat -SqlServerFqdn sqlpc01.contoso.com -SqlInstanceName MGC"));
		assertTrue(item(contoso, "persistent-chat/pc01/firewall").verify()
				.contains("Get-NetFirewallRule -DisplayName 'Lync Server Persistent Chat' | Get-NetFirewallPortFilter"));
		// fe01, the next hop's first server, runs Windows Server 2012 R2: Test-NetConnection exists there
		assertEquals("fe01.contoso.com", item(contoso, "verification/PChat/ports").machine());
		assertTrue(item(contoso, "verification/PChat/ports").verify().contains("Test-NetConnection pc01.contoso.com -Port 5041"));
		assertTrue(item(contoso, "verification/PChat/message").verify()
				.contains("Test-CsPersistentChatMessage -TargetFqdn fepool.contoso.com"));
		assertTrue(item(contoso, "sql-servers/SQLPC/sql").verify().get(0).startsWith(
				"Invoke-Sqlcmd -ServerInstance 'sqlpc01.contoso.com\\MGC' -Query \"SELECT SERVERPROPERTY('ProductVersion')"));
		// Windows Server 2008 R2 has no Install-WindowsFeature
		assertFalse(item(contoso, "sql-servers/SQLPC/hardware").verify().get(0).contains("CimInstance"));
	}

	@Test
	void thePoolsPortIsTheOneToOpenAndTest() {
		String text = MINIMAL.replace("nexthop FE", "nexthop FE\n            port 5042");
		Item firewall = item(checklists.checklist(topologies.load("port", text)), "persistent-chat/pc01/firewall");
		assertTrue(firewall.actions().get(0).contains("-LocalPort 5042,881,443,8011"), firewall.actions().toString());
		// the next hop has no server with a known OS: the TcpClient works on every Windows Server
		assertTrue(item(checklists.checklist(topologies.load("port", text)), "verification/PChat/ports").verify()
				.contains("(New-Object System.Net.Sockets.TcpClient('pc01.example.com', 5042)).Connected"));
	}

	/** A small valid-enough topology with most attributes left out. */
	static final String MINIMAL = """
			topology Minimal {
			    site S {
			        sqlserver SQL {
			            fqdn "sql.example.com"
			            instance MGC
			        }
			        frontend pool FE { fqdn "fe.example.com" }
			        persistentchat pool PChat {
			            fqdn "pchat.example.com"
			            nexthop FE
			            store SQL.MGC
			            server pc01 {
			                fqdn "pc01.example.com"
			                certificate "pc01.example.com"
			            }
			        }
			    }
			}
			""";

	/** {@link #MINIMAL} with what the rules require of it: a file store and Message Queuing. */
	static final String VALID = MINIMAL
			.replace("        frontend pool FE", "        fileshare Share \"\\\\\\\\fs.example.com\\\\share\"\n        frontend pool FE")
			.replace("            store SQL.MGC", "            store SQL.MGC\n            filestore Share")
			.replace("                certificate \"pc01.example.com\"",
					"                certificate \"pc01.example.com\"\n                installed MSMQ, DotNet45, PowerShell3, WIF");

	static Path rich() {
		return Locations.repositoryRoot().resolve("org.pcchat.dsl.tests/checklist/rich.pctopo");
	}

	private static Issue issue(Server server, String rule, String message, int line) {
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setCode(rule);
		issue.setSeverity(Severity.ERROR);
		issue.setMessage(message);
		issue.setLineNumber(line);
		issue.setOffset(0);
		issue.setUriToProblem(EcoreUtil.getURI(server));
		return issue;
	}

	private static List<String> sectionIds(Checklist checklist) {
		return checklist.sections().stream().map(Section::id).toList();
	}

	private static List<String> ids(Checklist checklist) {
		return checklist.items().map(Item::id).toList();
	}

	static Item item(Checklist checklist, String id) {
		return checklist.items().filter(item -> item.id().equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError("no item " + id + " among " + ids(checklist)));
	}

	private static boolean cites(Item item, String rule) {
		return item.why().stream().anyMatch(reason -> reason.rule().equals(rule));
	}
}
