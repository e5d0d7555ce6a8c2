package org.pcchat.dsl.tests.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pcchat.dsl.model.Architecture;
import org.pcchat.dsl.model.OsEdition;
import org.pcchat.dsl.model.OsVersion;
import org.pcchat.dsl.model.ProductKind;
import org.pcchat.dsl.model.ServerState;
import org.pcchat.dsl.model.SqlEdition;
import org.pcchat.dsl.model.SqlVersion;
import org.pcchat.dsl.model.Values;
import org.pcchat.dsl.model.Vocabulary;
import org.pcchat.dsl.pctopo.Certificate;
import org.pcchat.dsl.pctopo.FileShare;
import org.pcchat.dsl.pctopo.FrontEndPool;
import org.pcchat.dsl.pctopo.Hardware;
import org.pcchat.dsl.pctopo.OperatingSystem;
import org.pcchat.dsl.pctopo.PctopoPackage;
import org.pcchat.dsl.pctopo.PersistentChatPool;
import org.pcchat.dsl.pctopo.Server;
import org.pcchat.dsl.pctopo.SqlServer;
import org.pcchat.dsl.pctopo.StandardServer;
import org.pcchat.dsl.pctopo.Topology;
import org.pcchat.dsl.tests.PctopoInjectorProvider;
import org.pcchat.dsl.tests.support.Topologies;

import com.google.inject.Inject;

/** Every element of the docs/LANGUAGE.md table parses into the model, with each of its attributes. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoInjectorProvider.class)
class ParsingTest {

	@Inject
	private Topologies topologies;

	/** Parses a topology made of {@code body} inside one site, asserting there is no syntax error. */
	private Topology parse(String siteBody) {
		return parseTopology("site S {\n" + siteBody + "\n}");
	}

	private Topology parseTopology(String topologyBody) {
		XtextResource resource = topologies.load("t.pctopo", "topology T {\n" + topologyBody + "\n}\n");
		assertEquals(List.of(), resource.getErrors().stream().map(e -> e.getMessage()).toList());
		return (Topology) resource.getContents().get(0);
	}

	@Test
	void topologyProductAndAuthority() {
		Topology topology = parseTopology("product SkypeForBusiness2015 cu 9\n"
				+ "authority CA \"CN=Contoso CA, DC=contoso\"\nsite S { }");
		assertEquals("T", topology.getName());
		assertEquals(ProductKind.SKYPE_FOR_BUSINESS2015, Values.product(topology).orElseThrow());
		assertEquals(9, topology.getProduct().getCumulativeUpdate());
		assertEquals("CN=Contoso CA, DC=contoso", topology.getAuthorities().get(0).getDistinguishedName());
	}

	@Test
	void productWithoutCumulativeUpdateAndTopologyWithoutProduct() {
		assertEquals("Lync2013", parseTopology("product Lync2013 site S { }").getProduct().getKind());
		Topology withoutProduct = parseTopology("site S { }");
		assertNull(withoutProduct.getProduct());
		assertEquals(ProductKind.LYNC2013, Values.product(withoutProduct).orElseThrow());
	}

	@Test
	void siteWithTimeZoneAndSeveralSites() {
		Topology topology = parseTopology("site A { timezone \"Pacific Standard Time\" }\nsite B { }");
		assertEquals("Pacific Standard Time", topology.getSites().get(0).getTimezone());
		assertEquals("B", topology.getSites().get(1).getName());
	}

	@Test
	void sqlServerWithEveryAttribute() {
		SqlServer sql = (SqlServer) parse("sqlserver SQL { fqdn \"sql.x.local\" sql SQL2012 sp 2 edition Enterprise x86\n"
				+ "os WindowsServer2012R2 Standard hardware { arch x64 } instance RTC instance MGC alwayson }")
				.getSites().get(0).getElements().get(0);
		assertEquals("sql.x.local", sql.getFqdn());
		assertEquals(SqlVersion.SQL2012, Values.sqlVersion(sql.getSql()).orElseThrow());
		assertEquals(2, sql.getSql().getServicePack());
		assertEquals(SqlEdition.ENTERPRISE, Values.sqlEdition(sql.getSql()).orElseThrow());
		assertTrue(sql.getSql().isX86());
		assertEquals(OsVersion.WINDOWS_SERVER2012_R2, Values.osVersion(sql.getOs()).orElseThrow());
		assertEquals(List.of("RTC", "MGC"), sql.getInstances().stream().map(i -> i.getName()).toList());
		assertFalse(sql.getInstances().get(0).isAlwaysOn());
		assertTrue(sql.getInstances().get(1).isAlwaysOn());
	}

	@Test
	void fileShareWithUncPathAndHost() {
		FileShare share = (FileShare) parse("sqlserver FS { }\nfileshare Share \"\\\\\\\\fs01.x.local\\\\chat\" on FS")
				.getSites().get(0).getElements().get(1);
		assertEquals("\\\\fs01.x.local\\chat", share.getPath());
		assertEquals("FS", ((SqlServer) share.getHost()).getName());
	}

	@Test
	void fileShareWithLocalPath() {
		FileShare share = (FileShare) parse("fileshare Local \"D:\\\\share\"").getSites().get(0).getElements().get(0);
		assertEquals("D:\\share", share.getPath());
		assertNull(share.getHost());
	}

	@Test
	void standardEditionServer() {
		StandardServer se = (StandardServer) parse("frontend standard SE1 { fqdn \"se1.x.local\" os WindowsServer2012\n"
				+ "hardware { memory 32 GB } installed MSMQ certificate \"se1.x.local\" instance RTCLOCAL }")
				.getSites().get(0).getElements().get(0);
		assertEquals("se1.x.local", se.getFqdn());
		assertEquals(List.of("MSMQ"), se.getInstalled().getItems());
		assertEquals("se1.x.local", se.getCertificate().getSubject());
		assertEquals("RTCLOCAL", se.getInstances().get(0).getName());
		assertEquals(32, se.getHardware().getMemory());
	}

	@Test
	void frontEndPoolWithServers() {
		FrontEndPool pool = (FrontEndPool) parse("sqlserver SQL { instance RTC }\nfileshare Share \"\\\\\\\\fs\\\\s\"\n"
				+ "frontend pool FE { fqdn \"fe.x.local\" backend SQL.RTC filestore Share server fe1 { } server fe2 { } }")
				.getSites().get(0).getElements().get(2);
		assertEquals("RTC", pool.getBackend().getName());
		assertEquals("Share", pool.getFileStore().getName());
		assertEquals(2, pool.getServers().size());
	}

	@Test
	void persistentChatPoolWithEveryAttribute() {
		PersistentChatPool pool = (PersistentChatPool) parse("sqlserver SQL { instance A instance B instance C instance D }\n"
				+ "fileshare Share \"\\\\\\\\fs\\\\s\"\nfrontend standard SE { }\n"
				+ "persistentchat pool PC single on SE { fqdn \"pc.x.local\" port 5041 nexthop SE store SQL.A\n"
				+ "compliance SQL.B\nbackup SQL.C mirror SQL.D filestore Share users 20000 server pc1 standby { } }")
				.getSites().get(0).getElements().get(3);
		assertTrue(pool.isSingle());
		assertEquals("SE", ((StandardServer) pool.getHost()).getName());
		assertEquals(5041, pool.getPort());
		assertEquals("SE", ((StandardServer) pool.getNextHop()).getName());
		assertEquals(List.of("A", "B", "C", "D"), List.of(pool.getStore().getName(), pool.getCompliance().getName(),
				pool.getBackup().getName(), pool.getMirror().getName()));
		assertEquals(20000, pool.getUsers());
		assertEquals(ServerState.STANDBY, Values.state(pool.getServers().get(0)).orElseThrow());
	}

	@Test
	void serverDefaultsToActiveAndHasEveryAttribute() {
		Server server = poolServer("server pc1 { fqdn \"pc1.x.local\" os WindowsServer2012 Datacenter sp 1 core\n"
				+ "timezone \"UTC\" hardware { } installed MSMQ, DotNet45, PowerShell3, WIF\n"
				+ "certificate \"pc1.x.local\" san \"pc.x.local\", \"chat.x.local\" issuer CA keysize 4096 }");
		assertNull(server.getState());
		assertEquals(ServerState.ACTIVE, Values.state(server).orElseThrow());
		OperatingSystem os = server.getOs();
		assertEquals(OsEdition.DATACENTER, Values.osEdition(os).orElseThrow());
		assertEquals(1, os.getServicePack());
		assertTrue(os.isCore());
		assertEquals("UTC", server.getTimezone());
		assertEquals(List.of("MSMQ", "DotNet45", "PowerShell3", "WIF"), server.getInstalled().getItems());
		Certificate certificate = server.getCertificate();
		assertEquals(List.of("pc.x.local", "chat.x.local"), certificate.getSubjectAlternativeNames());
		assertEquals("CA", certificate.getIssuer().getName());
		assertEquals(4096, certificate.getKeySize());
	}

	@Test
	void hardwareWithEveryAttribute() {
		Hardware hardware = poolServer("server pc1 { hardware { arch ia64 sockets 2 cores 6 clock 2.26 GHz memory 32 GB\n"
				+ "disks 8 ssd nics 1 network 10 Gbps } }").getHardware();
		assertEquals(Architecture.IA64, Values.architecture(hardware).orElseThrow());
		assertEquals(2, hardware.getSockets());
		assertEquals(6, hardware.getCores());
		assertEquals(new BigDecimal("2.26"), hardware.getClock());
		assertEquals(32, hardware.getMemory());
		assertEquals(8, hardware.getDisks());
		assertTrue(hardware.isSsd());
		assertEquals(1, hardware.getNics());
		assertEquals(10, hardware.getNetwork());
	}

	@Test
	void clockKeepsLeadingZerosOfTheFraction() {
		assertEquals(new BigDecimal("2.05"), poolServer("server s { hardware { clock 2.05 GHz } }").getHardware().getClock());
		assertEquals(new BigDecimal("3"), poolServer("server s { hardware { clock 3 GHz } }").getHardware().getClock());
	}

	@Test
	void attributesAreOptionalAndInAnyOrder() {
		SqlServer sql = (SqlServer) parse("sqlserver SQL { instance MGC os WindowsServer2003 fqdn \"a.b\" sql SQL2000 }")
				.getSites().get(0).getElements().get(0);
		assertEquals(SqlVersion.SQL2000, Values.sqlVersion(sql.getSql()).orElseThrow());
		assertEquals("a.b", sql.getFqdn());
		parse("persistentchat pool P { }\nfrontend pool F { }\nfrontend standard S { }\nsqlserver Q { }");
	}

	/** Every value of every value attribute, e.g. "SQL_INSTALLATION__VERSION SQL2012". */
	static List<Object[]> values() {
		return Values.valueAttributes().stream().flatMap(attribute -> Values.vocabularyOf(attribute).values().stream()
				.map(value -> new Object[] { attribute, value })).toList();
	}

	/** Unsupported versions parse too: the validator says why they are unsupported. */
	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("values")
	void everyValueParses(EAttribute attribute, Enumerator value) {
		String text = switch (attribute.getEContainingClass().getName() + "." + attribute.getName()) {
			case "SqlInstallation.version" -> "sqlserver Q { sql " + value.getLiteral() + " }";
			case "SqlInstallation.edition" -> "sqlserver Q { sql SQL2012 edition " + value.getLiteral() + " }";
			case "OperatingSystem.version" -> "sqlserver Q { os " + value.getLiteral() + " }";
			case "OperatingSystem.edition" -> "sqlserver Q { os WindowsServer2012 " + value.getLiteral() + " }";
			case "Installed.items" -> "frontend standard S { installed " + value.getLiteral() + " }";
			case "Hardware.arch" -> "sqlserver Q { hardware { arch " + value.getLiteral() + " } }";
			case "Server.state" -> "frontend pool F { server s " + value.getLiteral() + " { } }";
			default -> null;
		};
		if (text == null) {
			assertEquals(value, Values.product(parseTopology("product " + value.getLiteral() + " site S { }")).orElseThrow());
		} else {
			Vocabulary<?> vocabulary = Values.vocabularyOf(attribute);
			assertEquals(value, vocabulary.find(value.getLiteral()).orElseThrow());
			parse(text);
		}
	}

	@Test
	void commentsOfBothKinds() {
		parseTopology("// line comment\n/* block\ncomment */ site S { }");
	}

	private Server poolServer(String server) {
		Topology topology = parseTopology("authority CA \"CN=CA\"\nsite S {\npersistentchat pool P {\n" + server + "\n}\n}");
		return ((PersistentChatPool) topology.getSites().get(0).getElements().get(0)).getServers().get(0);
	}
}
