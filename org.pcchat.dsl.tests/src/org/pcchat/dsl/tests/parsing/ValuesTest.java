package org.pcchat.dsl.tests.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pcchat.dsl.tests.support.TopologyText.chatPool;
import static org.pcchat.dsl.tests.support.TopologyText.chatServer;
import static org.pcchat.dsl.tests.support.TopologyText.withFrontEnd;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pcchat.dsl.model.OsEdition;
import org.pcchat.dsl.model.OsVersion;
import org.pcchat.dsl.model.ServerState;
import org.pcchat.dsl.model.SqlEdition;
import org.pcchat.dsl.model.SqlVersion;
import org.pcchat.dsl.model.Values;
import org.pcchat.dsl.pctopo.OperatingSystem;
import org.pcchat.dsl.pctopo.PersistentChatPool;
import org.pcchat.dsl.pctopo.Server;
import org.pcchat.dsl.pctopo.SqlInstallation;
import org.pcchat.dsl.pctopo.SqlServer;
import org.pcchat.dsl.pctopo.Topology;
import org.pcchat.dsl.rules.Rules;
import org.pcchat.dsl.tests.PctopoInjectorProvider;
import org.pcchat.dsl.tests.support.Diagnostics;
import org.pcchat.dsl.tests.support.Topologies;

import com.google.inject.Inject;

/**
 * Values in any case and natural spellings; a value the language does not know is unknown, and no
 * rule judges it (the parser's default literal no longer stands in for it).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoInjectorProvider.class)
class ValuesTest {

	@Inject
	private Topologies topologies;

	@Inject
	private Diagnostics diagnostics;

	private SqlInstallation sql(String line) {
		Topology topology = topologies.topology("topology T { site S { sqlserver Q { " + line + " } } }");
		return ((SqlServer) topology.getSites().get(0).getElements().get(0)).getSql();
	}

	private OperatingSystem os(String line) {
		Topology topology = topologies.topology("topology T { site S { sqlserver Q { " + line + " } } }");
		return ((SqlServer) topology.getSites().get(0).getElements().get(0)).getOs();
	}

	@ParameterizedTest
	@ValueSource(strings = { "sql SQL2012 sp 1 edition Enterprise", "sql sql2012 SP1 edition enterprise",
			"sql Sql2012 SP 1 edition ENTERPRISE", "sql SQL2012 sp1 edition Enterprise" })
	void sqlValuesInAnyCaseAndServicePacksInNaturalSpellings(String line) {
		SqlInstallation sql = sql(line);
		assertEquals(SqlVersion.SQL2012, Values.sqlVersion(sql).orElseThrow());
		assertEquals(1, sql.getServicePack());
		assertEquals(SqlEdition.ENTERPRISE, Values.sqlEdition(sql).orElseThrow());
	}

	@ParameterizedTest
	@ValueSource(strings = { "os windowsserver2008r2 datacenter sp1", "os WindowsServer2008R2 Datacenter SP 1",
			"os WINDOWSSERVER2008R2 DATACENTER sp 1" })
	void operatingSystemsInAnyCase(String line) {
		OperatingSystem os = os(line);
		assertEquals(OsVersion.WINDOWS_SERVER2008_R2, Values.osVersion(os).orElseThrow());
		assertEquals(OsEdition.DATACENTER, Values.osEdition(os).orElseThrow());
		assertEquals(1, os.getServicePack());
	}

	@Test
	void theLowerCaseKeywordsAreValuesWhereAValueIsExpected() {
		assertEquals(OsEdition.STANDARD, Values.osEdition(os("os WindowsServer2012 standard")).orElseThrow());
		assertEquals(SqlEdition.STANDARD, Values.sqlEdition(sql("sql SQL2012 edition standard")).orElseThrow());
	}

	@Test
	void aDataCenterAfterAnOperatingSystemIsNotItsEdition() {
		Topology topology = topologies.topology("""
				topology T { site S { sqlserver Q {
				    os WindowsServer2012
				    datacenter DC1
				} } }
				""");
		SqlServer server = (SqlServer) topology.getSites().get(0).getElements().get(0);
		assertEquals(null, server.getOs().getEdition());
		assertEquals("DC1", server.getDatacenter());
	}

	@Test
	void caseVariantsOfValuesAreJudgedAsTheValue() {
		String text = withFrontEnd(chatPool(chatServer("pc1", "os windowsserver2012 «web»")));
		diagnostics.assertReportedOnceAt(Rules.OS_EDITION_UNSUPPORTED, text);
		diagnostics.assertReportedOnceAt(Rules.SQL_EDITION_UNSUPPORTED,
				withFrontEnd("sqlserver Q { fqdn \"q.t.local\" sql SQL2012 edition «express» }"));
	}

	@Test
	void anUnknownSqlVersionOrEditionIsJudgedByNoRule() {
		String text = withFrontEnd("sqlserver Q { fqdn \"q.t.local\" sql SQL2012R2 edition Enterprize x86 }");
		List<Issue> issues = topologies.issues(text);
		for (String rule : List.of(Rules.SQL_VERSION_UNSUPPORTED, Rules.SQL_EDITION_UNSUPPORTED, Rules.SYNTAX_ERROR)) {
			Diagnostics.assertNone(issues, rule);
		}
		// what is known is still judged
		Diagnostics.assertMarks(text, issues, Rules.SQL_32_BIT, "x86");
	}

	@Test
	void anUnknownOperatingSystemOrArchitectureIsJudgedByNoRule() {
		String text = withFrontEnd(chatPool(chatServer("pc1", "os WindowsServer2012R3 Datacentre hardware { arch amd64 }")));
		List<Issue> issues = topologies.issues(text);
		for (String rule : List.of(Rules.OS_UNSUPPORTED, Rules.OS_EDITION_UNSUPPORTED, Rules.ARCHITECTURE_NOT_X64,
				Rules.SYNTAX_ERROR)) {
			Diagnostics.assertNone(issues, rule);
		}
	}

	@Test
	void anUnknownProductJudgesNoVersion() {
		String text = withFrontEnd("sqlserver Q { fqdn \"q.t.local\" sql SQL2000 }").replace("topology T {",
				"topology T {\n    product Lync2031");
		Diagnostics.assertNone(topologies.issues(text), Rules.SQL_VERSION_UNSUPPORTED);
		Diagnostics.assertMarks(text.replace("Lync2031", "lync2013"), topologies.issues(text.replace("Lync2031", "lync2013")),
				Rules.SQL_VERSION_UNSUPPORTED, "SQL2000");
	}

	@Test
	void aServerOfUnknownStateIsNeitherActiveNorStandby() {
		Topology topology = topologies.topology("topology T { site S { persistentchat pool P { server a Active { }"
				+ " server b STANDBY { } server c actve { } server d { } } } }");
		List<Server> servers = ((PersistentChatPool) topology.getSites().get(0).getElements().get(0)).getServers();
		assertEquals(List.of(ServerState.ACTIVE, ServerState.STANDBY), List.of(Values.state(servers.get(0)).orElseThrow(),
				Values.state(servers.get(1)).orElseThrow()));
		assertTrue(Values.state(servers.get(2)).isEmpty());
		assertEquals(ServerState.ACTIVE, Values.state(servers.get(3)).orElseThrow());
		// a pool whose only server has an unknown state may well have an active server
		diagnostics.assertNotReported(Rules.NO_ACTIVE_SERVER,
				withFrontEnd(chatPool(chatServer("pc1", "").replace("server pc1 {", "server pc1 actve {"))));
	}

	@Test
	void unknownWordsOfAValueAttribute() {
		Topology topology = topologies.topology("topology T { site S { persistentchat pool P { server a {"
				+ " installed MSMQ, MSMQQ, KB123, Foo } } } }");
		Server server = ((PersistentChatPool) topology.getSites().get(0).getElements().get(0)).getServers().get(0);
		assertEquals(List.of("MSMQQ", "Foo"), Values.unknownWords(server.getInstalled(),
				org.pcchat.dsl.pctopo.PctopoPackage.Literals.INSTALLED__ITEMS));
	}
}
