package org.pcchat.dsl.tests.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.pcchat.dsl.tests.support.TopologyText.chatPool;
import static org.pcchat.dsl.tests.support.TopologyText.chatServer;
import static org.pcchat.dsl.tests.support.TopologyText.withFrontEnd;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
 * Names as administrators write them (docs/LANGUAGE.md): Windows host names with
 * hyphens and leading digits, any case, keywords as names, and paths in PowerShell's single quotes.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoInjectorProvider.class)
class RealNamesTest {

	@Inject
	private Topologies topologies;

	@Inject
	private Diagnostics diagnostics;

	/** Parses and links {@code text}, asserting it has no syntax or link error. */
	private Topology clean(String text) {
		XtextResource resource = topologies.load("t.pctopo", text);
		EcoreUtil.resolveAll(resource);
		assertEquals(List.of(), resource.getErrors().stream().map(e -> e.getMessage()).toList());
		return (Topology) resource.getContents().get(0);
	}

	private static <T> T element(Topology topology, Class<T> type, int index) {
		return type.cast(topology.getSites().get(0).getElements().get(index));
	}

	@Test
	void windowsHostNamesWithHyphensAndLeadingDigits() {
		Topology topology = clean("""
				topology Real-World { site zrh-dc1 {
				    sqlserver zrh-sql-01 { instance MGC }
				    persistentchat pool pchat-01 { store zrh-sql-01.MGC server 01fe { } server 2nd-pc { } }
				} }
				""");
		assertEquals("Real-World", topology.getName());
		PersistentChatPool pool = element(topology, PersistentChatPool.class, 1);
		assertEquals(List.of("01fe", "2nd-pc"), pool.getServers().stream().map(Server::getName).toList());
		assertSame(element(topology, SqlServer.class, 0).getInstances().get(0), pool.getStore());
	}

	@Test
	void aNameIsNeverAllDigits() {
		List<Issue> issues = topologies.issues("topology T { site S { sqlserver 2012 { } } }");
		Diagnostics.assertMarks("topology T { site S { sqlserver 2012 { } } }", issues, Rules.SYNTAX_ERROR, "2012");
	}

	@Test
	void numbersStayNumbersNextToNamesThatStartWithDigits() {
		Server server = element(clean("""
				topology T { site S { persistentchat pool P {
				    server 2pc { hardware { sockets 2 cores 6 clock 2.26 GHz memory 64 GB network 10 Gbps } }
				} } }
				"""), PersistentChatPool.class, 0).getServers().get(0);
		assertEquals(2, server.getHardware().getSockets());
		assertEquals("2.26", server.getHardware().getClock().toPlainString());
		assertEquals(64, server.getHardware().getMemory());
		assertEquals(10, server.getHardware().getNetwork());
	}

	@Test
	void unitsJoinedToTheirNumber() {
		Server server = element(clean("""
				topology T { site S { persistentchat pool P {
				    server pc { hardware { clock 2.26GHz memory 64GB network 10Gbps } }
				    server pc2 { hardware { clock 3ghz memory 32gb network 1gbps } }
				} } }
				"""), PersistentChatPool.class, 0).getServers().get(0);
		assertEquals("2.26", server.getHardware().getClock().toPlainString());
		assertEquals(64, server.getHardware().getMemory());
		assertEquals(10, server.getHardware().getNetwork());
	}

	@Test
	void aWrongUnitIsOneSyntaxErrorOnTheValue() {
		String text = withFrontEnd(chatPool(chatServer("pc1", "hardware { memory 64MB disks 8 }")));
		List<Issue> issues = topologies.issues(text);
		Issue issue = Diagnostics.assertMarks(text, issues, Rules.SYNTAX_ERROR, "64MB");
		assertEquals("'64MB' is not memory in GB, e.g. 64 GB", issue.getMessage());
		// the memory is unknown, not 0 GB; the rest of the block is read (assertNone refuses a broken text)
		assertEquals(List.of(), Diagnostics.ofRule(issues, Rules.HARDWARE_BELOW_RECOMMENDED));
		assertEquals(8, element(topologies.topology(text), PersistentChatPool.class, 3).getServers().get(0).getHardware()
				.getDisks());
	}

	@Test
	void referencesIgnoreCase() {
		Topology topology = clean("""
				topology T { authority Corp-CA "CN=Corp" site S {
				    sqlserver SQLPC { instance MGC }
				    fileshare Lync-Share 'D:\\x'
				    frontend pool FE-POOL { server fe1 { certificate "fe1" issuer corp-ca } }
				    persistentchat pool P { store sqlpc.mgc nexthop fe-pool filestore LYNC-SHARE }
				} }
				""");
		PersistentChatPool pool = element(topology, PersistentChatPool.class, 3);
		assertSame(element(topology, SqlServer.class, 0).getInstances().get(0), pool.getStore());
		assertSame(element(topology, FrontEndPool.class, 2), pool.getNextHop());
		assertSame(element(topology, FileShare.class, 1), pool.getFileStore());
	}

	@Test
	void namesDifferingOnlyInCaseAreDuplicatesAndTheLaterIsMarked() {
		String text = withFrontEnd(chatPool(chatServer("pc01", "") + "\n"
				+ "server «PC01» { fqdn \"pc02.t.local\" installed MSMQ certificate \"pc02.t.local\" san \"pc.t.local\" issuer CA }"));
		diagnostics.assertReportedOnceAt(Rules.DUPLICATE_NAME, text);
	}

	@Test
	void instanceNamesDifferingOnlyInCaseAreDuplicates() {
		diagnostics.assertReportedOnceAt(Rules.DUPLICATE_NAME,
				withFrontEnd("sqlserver SQL2 { fqdn \"sql2.t.local\" instance MGC instance «mgc» }"));
	}

	@Test
	void aReferenceToADuplicatedNameResolvesToTheFirst() {
		Topology topology = clean("""
				topology T { site S {
				    sqlserver SQL { instance MGC instance mgc }
				    persistentchat pool P { store SQL.Mgc }
				} }
				""");
		SqlServer sql = element(topology, SqlServer.class, 0);
		assertSame(sql.getInstances().get(0), element(topology, PersistentChatPool.class, 1).getStore());
	}

	@Test
	void keywordsAreNamesWhereANameIsExpectedAndEscapedAnywhere() {
		Topology topology = clean("""
				topology T { site S {
				    sqlserver backup { instance mirror instance ^store }
				    persistentchat pool pool { store backup.mirror backup ^backup.store server server { } }
				} }
				""");
		SqlServer sql = element(topology, SqlServer.class, 0);
		assertEquals("backup", sql.getName());
		assertEquals(List.of("mirror", "store"), sql.getInstances().stream().map(Instance::getName).toList());
		PersistentChatPool pool = element(topology, PersistentChatPool.class, 1);
		assertEquals("pool", pool.getName());
		assertSame(sql.getInstances().get(0), pool.getStore());
		assertSame(sql.getInstances().get(1), pool.getBackup());
		assertEquals("server", pool.getServers().get(0).getName());
	}

	@Test
	void pathsInSingleQuotesHaveNoEscapes() {
		Topology topology = clean("""
				topology T { site S {
				    fileshare Unc '\\\\fs01.contoso.com\\pchatfiles'
				    fileshare Local 'D:\\share\\'
				    fileshare Quote 'D:\\it''s'
				    fileshare Escaped "\\\\\\\\fs01\\\\x"
				} }
				""");
		assertEquals("\\\\fs01.contoso.com\\pchatfiles", element(topology, FileShare.class, 0).getPath());
		assertEquals("D:\\share\\", element(topology, FileShare.class, 1).getPath());
		assertEquals("D:\\it's", element(topology, FileShare.class, 2).getPath());
		assertEquals("\\\\fs01\\x", element(topology, FileShare.class, 3).getPath());
	}

	@Test
	void aSingleQuotedUncPathIsAUncFileStore() {
		String text = withFrontEnd("fileshare Chat '\\\\fs.t.local\\chat'",
				chatPool(chatServer("pc1", "")).replace("filestore Share", "filestore Chat"));
		diagnostics.assertNotReported(Rules.FILE_STORE_NOT_UNC, text);
		diagnostics.assertReportedOnceAt(Rules.FILE_STORE_NOT_UNC, withFrontEnd("fileshare Chat 'D:\\chat'",
				chatPool(chatServer("pc1", "")).replace("filestore Share", "filestore «Chat»")));
	}

	@Test
	void anUnresolvedReferenceIsStillPC002() {
		String text = withFrontEnd(chatPool(chatServer("pc1", "")).replace("nexthop FE", "nexthop FE-2"));
		Diagnostics.assertMarks(text, topologies.issues(text), Rules.UNRESOLVED_REFERENCE, "FE-2");
	}
}
