package org.pcchat.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pcchat.dsl.pctopo.Architecture;
import org.pcchat.dsl.pctopo.Certificate;
import org.pcchat.dsl.pctopo.FileShare;
import org.pcchat.dsl.pctopo.FrontEndPool;
import org.pcchat.dsl.pctopo.Hardware;
import org.pcchat.dsl.pctopo.OperatingSystem;
import org.pcchat.dsl.pctopo.OsEdition;
import org.pcchat.dsl.pctopo.OsVersion;
import org.pcchat.dsl.pctopo.PctopoPackage;
import org.pcchat.dsl.pctopo.PersistentChatPool;
import org.pcchat.dsl.pctopo.Prerequisite;
import org.pcchat.dsl.pctopo.ProductKind;
import org.pcchat.dsl.pctopo.Server;
import org.pcchat.dsl.pctopo.ServerState;
import org.pcchat.dsl.pctopo.SqlEdition;
import org.pcchat.dsl.pctopo.SqlServer;
import org.pcchat.dsl.pctopo.SqlVersion;
import org.pcchat.dsl.pctopo.StandardServer;
import org.pcchat.dsl.pctopo.Topology;

import com.google.inject.Inject;

/** Every element of the LANGUAGE.md table parses into the model, with each of its attributes. */
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
		assertEquals(ProductKind.SKYPE_FOR_BUSINESS2015, topology.getProduct().getKind());
		assertEquals(9, topology.getProduct().getCumulativeUpdate());
		assertEquals("CN=Contoso CA, DC=contoso", topology.getAuthorities().get(0).getDistinguishedName());
	}

	@Test
	void productWithoutCumulativeUpdateAndTopologyWithoutProduct() {
		assertEquals(ProductKind.LYNC2013, parseTopology("product Lync2013 site S { }").getProduct().getKind());
		assertNull(parseTopology("site S { }").getProduct());
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
		assertEquals(SqlVersion.SQL2012, sql.getSql().getVersion());
		assertEquals(2, sql.getSql().getServicePack());
		assertEquals(SqlEdition.ENTERPRISE, sql.getSql().getEdition());
		assertTrue(sql.getSql().isX86());
		assertEquals(OsVersion.WINDOWS_SERVER2012_R2, sql.getOs().getVersion());
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
		assertEquals(List.of(Prerequisite.MSMQ), se.getInstalled().getItems());
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
				+ "compliance SQL.B backup SQL.C mirror SQL.D filestore Share users 20000 server pc1 standby { } }")
				.getSites().get(0).getElements().get(3);
		assertTrue(pool.isSingle());
		assertEquals("SE", ((StandardServer) pool.getHost()).getName());
		assertEquals(5041, pool.getPort());
		assertEquals("SE", ((StandardServer) pool.getNextHop()).getName());
		assertEquals(List.of("A", "B", "C", "D"), List.of(pool.getStore().getName(), pool.getCompliance().getName(),
				pool.getBackup().getName(), pool.getMirror().getName()));
		assertEquals(20000, pool.getUsers());
		assertEquals(ServerState.STANDBY, pool.getServers().get(0).getState());
	}

	@Test
	void serverDefaultsToActiveAndHasEveryAttribute() {
		Server server = poolServer("server pc1 { fqdn \"pc1.x.local\" os WindowsServer2012 Datacenter sp 1 core\n"
				+ "timezone \"UTC\" hardware { } installed MSMQ, DotNet45, PowerShell3, WIF\n"
				+ "certificate \"pc1.x.local\" san \"pc.x.local\", \"chat.x.local\" issuer CA keysize 4096 }");
		assertEquals(ServerState.ACTIVE, server.getState());
		OperatingSystem os = server.getOs();
		assertEquals(OsEdition.DATACENTER, os.getEdition());
		assertEquals(1, os.getServicePack());
		assertTrue(os.isCore());
		assertEquals("UTC", server.getTimezone());
		assertEquals(List.of(Prerequisite.MSMQ, Prerequisite.DOT_NET45, Prerequisite.POWER_SHELL3, Prerequisite.WIF),
				server.getInstalled().getItems());
		Certificate certificate = server.getCertificate();
		assertEquals(List.of("pc.x.local", "chat.x.local"), certificate.getSubjectAlternativeNames());
		assertEquals("CA", certificate.getIssuer().getName());
		assertEquals(4096, certificate.getKeySize());
	}

	@Test
	void hardwareWithEveryAttribute() {
		Hardware hardware = poolServer("server pc1 { hardware { arch ia64 sockets 2 cores 6 clock 2.26 GHz memory 32 GB\n"
				+ "disks 8 ssd nics 1 network 10 Gbps } }").getHardware();
		assertEquals(Architecture.IA64, hardware.getArch());
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
		assertEquals(SqlVersion.SQL2000, sql.getSql().getVersion());
		assertEquals("a.b", sql.getFqdn());
		parse("persistentchat pool P { }\nfrontend pool F { }\nfrontend standard S { }\nsqlserver Q { }");
	}

	static List<EEnumLiteral> enumLiterals() {
		PctopoPackage p = PctopoPackage.eINSTANCE;
		return List.of(p.getSqlVersion(), p.getSqlEdition(), p.getOsVersion(), p.getOsEdition(), p.getPrerequisite(),
				p.getArchitecture(), p.getProductKind(), p.getServerState()).stream()
				.flatMap((EEnum e) -> e.getELiterals().stream()).toList();
	}

	/** Unsupported versions parse too: the validator says why they are unsupported. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("enumLiterals")
	void everyEnumLiteralParses(EEnumLiteral literal) {
		String text = switch (literal.getEEnum().getName()) {
			case "SqlVersion" -> "sqlserver Q { sql " + literal.getLiteral() + " }";
			case "SqlEdition" -> "sqlserver Q { sql SQL2012 edition " + literal.getLiteral() + " }";
			case "OsVersion" -> "sqlserver Q { os " + literal.getLiteral() + " }";
			case "OsEdition" -> "sqlserver Q { os WindowsServer2012 " + literal.getLiteral() + " }";
			case "Prerequisite" -> "frontend standard S { installed " + literal.getLiteral() + " }";
			case "Architecture" -> "sqlserver Q { hardware { arch " + literal.getLiteral() + " } }";
			case "ServerState" -> "frontend pool F { server s " + literal.getLiteral() + " { } }";
			default -> null;
		};
		if (text == null) {
			assertEquals(literal.getLiteral(), parseTopology("product " + literal.getLiteral() + " site S { }")
					.getProduct().getKind().getLiteral());
		} else {
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
