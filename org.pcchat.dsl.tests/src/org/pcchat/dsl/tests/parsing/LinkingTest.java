package org.pcchat.dsl.tests.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.StringInputStream;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pcchat.dsl.pctopo.Certificate;
import org.pcchat.dsl.pctopo.FileShare;
import org.pcchat.dsl.pctopo.FrontEndPool;
import org.pcchat.dsl.pctopo.PersistentChatPool;
import org.pcchat.dsl.pctopo.Server;
import org.pcchat.dsl.pctopo.SqlServer;
import org.pcchat.dsl.pctopo.StandardServer;
import org.pcchat.dsl.pctopo.Topology;
import org.pcchat.dsl.rules.Rules;
import org.pcchat.dsl.tests.PctopoInjectorProvider;
import org.pcchat.dsl.tests.support.Topologies;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Each kind of reference resolves as docs/LANGUAGE.md specifies, or is reported as PC002. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoInjectorProvider.class)
class LinkingTest {

	private static final String DECLARATIONS = """
			topology T {
			  authority CA "CN=CA"
			  site A {
			    sqlserver SQL { instance RTC instance MGC instance COMP instance BAK instance MIR }
			    fileshare Share "\\\\\\\\fs.t.local\\\\share" on SQL
			    frontend standard SE { instance RTCLOCAL }
			    frontend pool FE { backend SQL.RTC filestore Share server fe1 { certificate "fe1" issuer CA } }
			  }
			  site B {
			""";

	@Inject
	private Topologies topologies;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	private Topology link(String siteB) {
		XtextResource resource = topologies.load("t.pctopo", DECLARATIONS + siteB + "\n  }\n}\n");
		EcoreUtil.resolveAll(resource);
		assertEquals(List.of(), resource.getErrors().stream().map(e -> e.getMessage()).toList());
		return (Topology) resource.getContents().get(0);
	}

	private <T extends EObject> T find(Topology topology, Class<T> type, String name) {
		return EcoreUtil2.getAllContentsOfType(topology, type).stream()
				.filter(e -> name.equals(e.eGet(e.eClass().getEStructuralFeature("name")))).findFirst().orElseThrow();
	}

	@Test
	void nextHopToFrontEndPoolAndStandardEditionServerAcrossSites() {
		Topology topology = link("persistentchat pool P1 { nexthop FE }\npersistentchat pool P2 { nexthop SE }");
		assertSame(find(topology, FrontEndPool.class, "FE"), find(topology, PersistentChatPool.class, "P1").getNextHop());
		assertSame(find(topology, StandardServer.class, "SE"), find(topology, PersistentChatPool.class, "P2").getNextHop());
	}

	@Test
	void databaseReferencesUseMachineDotInstance() {
		Topology topology = link("persistentchat pool P { store SQL.MGC compliance SQL.COMP\nbackup SQL.BAK mirror SQL.MIR }");
		PersistentChatPool pool = find(topology, PersistentChatPool.class, "P");
		SqlServer sql = find(topology, SqlServer.class, "SQL");
		assertEquals(List.of(sql.getInstances().get(1), sql.getInstances().get(2), sql.getInstances().get(3),
				sql.getInstances().get(4)), List.of(pool.getStore(), pool.getCompliance(), pool.getBackup(), pool.getMirror()));
		assertSame(sql.getInstances().get(0), find(topology, FrontEndPool.class, "FE").getBackend());
	}

	@Test
	void standardEditionServerLocalInstance() {
		Topology topology = link("persistentchat pool P { store SE.RTCLOCAL }");
		assertSame(find(topology, StandardServer.class, "SE").getInstances().get(0),
				find(topology, PersistentChatPool.class, "P").getStore());
	}

	@Test
	void fileStoresAndIssuer() {
		Topology topology = link("persistentchat pool P { filestore Share }");
		FileShare share = find(topology, FileShare.class, "Share");
		assertSame(share, find(topology, PersistentChatPool.class, "P").getFileStore());
		assertSame(share, find(topology, FrontEndPool.class, "FE").getFileStore());
		Certificate certificate = find(topology, Server.class, "fe1").getCertificate();
		assertEquals("CA", certificate.getIssuer().getName());
	}

	/** {@code on} accepts any Front End or machine, so that rule PC207 can judge it. */
	@Test
	void onAcceptsAnyFrontEndOrMachine() {
		Topology topology = link("persistentchat pool P1 on SE { }\npersistentchat pool P2 on FE { }\n"
				+ "persistentchat pool P3 on SQL { }\npersistentchat pool P4 on fe1 { }\nfileshare Local \"D:\\\\s\" on fe1");
		assertSame(find(topology, StandardServer.class, "SE"), find(topology, PersistentChatPool.class, "P1").getHost());
		assertSame(find(topology, FrontEndPool.class, "FE"), find(topology, PersistentChatPool.class, "P2").getHost());
		assertSame(find(topology, SqlServer.class, "SQL"), find(topology, PersistentChatPool.class, "P3").getHost());
		assertSame(find(topology, Server.class, "fe1"), find(topology, PersistentChatPool.class, "P4").getHost());
		assertSame(find(topology, Server.class, "fe1"), find(topology, FileShare.class, "Local").getHost());
		assertSame(find(topology, SqlServer.class, "SQL"), find(topology, FileShare.class, "Share").getHost());
	}

	/** PC002 for an element of the wrong kind says what it found and what the reference needs. */
	@Test
	void referenceToTheWrongKindSaysWhatItFoundAndWhatIsNeeded() {
		assertUnresolved("persistentchat pool P { nexthop SQL }", "nexthop SQL",
				"'SQL' is an SQL server; `nexthop` needs a Front End pool or a Standard Edition server");
		assertUnresolved("persistentchat pool P { nexthop fe1 }", "nexthop fe1",
				"'fe1' is a Front End server; `nexthop` needs a Front End pool or a Standard Edition server");
		assertUnresolved("persistentchat pool P { store MGC }", "store MGC",
				"'MGC' is an instance name; `store` needs an SQL instance written MACHINE.INSTANCE, such as SQL.MGC");
		assertUnresolved("persistentchat pool P { store FE.RTC }", "store FE.RTC", "'FE' is a Front End pool, which has no"
				+ " SQL instances; `store` needs an SQL instance of an SQL server or a Standard Edition server");
		assertUnresolved("persistentchat pool P { filestore SQL }", "filestore SQL",
				"'SQL' is an SQL server; `filestore` needs a file share");
		assertUnresolved("frontend pool F2 { server s { certificate \"s\" issuer Share } }", "issuer Share",
				"'Share' is a file share; `issuer` needs a certificate authority");
		assertUnresolved("persistentchat pool P on Share { }", "on Share",
				"'Share' is a file share; `on` needs a Front End or a machine");
	}

	/** store, compliance, backup, mirror, witness and backend name an SQL instance; a machine alone is not one. */
	@Test
	void databaseReferenceToAMachineSaysHowToNameItsInstance() {
		for (String keyword : List.of("store", "compliance", "backup", "mirror", "witness")) {
			assertUnresolved("persistentchat pool P { " + keyword + " SQL }", keyword + " SQL", "'SQL' is an SQL server; `"
					+ keyword + "` needs an SQL instance, written MACHINE.INSTANCE such as SQL.RTC");
		}
		assertUnresolved("frontend pool F2 { backend SE }", "backend SE", "'SE' is a Standard Edition server; `backend`"
				+ " needs an SQL instance, written MACHINE.INSTANCE such as SE.RTCLOCAL");
	}

	@Test
	void instanceMissingOnItsMachineIsNamed() {
		assertUnresolved("persistentchat pool P { store SQL.NOPE }", "store SQL.NOPE",
				"SQL server 'SQL' has no instance 'NOPE'; declare it with instance NOPE or correct the name");
	}

	@Test
	void nameDeclaredNowhereIsUnresolved() {
		assertUnresolved("persistentchat pool P { nexthop Nowhere }", "nexthop Nowhere",
				"There is no Front End named 'Nowhere' in this topology; declare it or correct the name");
	}

	@Test
	void namesOfAnotherFileDoNotResolve() throws IOException {
		XtextResourceSet resourceSet = resourceSets.get();
		load(resourceSet, "a.pctopo", "topology A { site S { frontend pool FE { } } }");
		XtextResource b = load(resourceSet, "b.pctopo", "topology B { site S { persistentchat pool P { nexthop FE } } }");
		List<Issue> issues = topologies.issues(b);
		assertEquals(List.of(Rules.UNRESOLVED_REFERENCE), issues.stream().map(Issue::getCode).filter(c -> c.equals("PC002")).toList());
	}

	private void assertUnresolved(String siteB, String referenceText, String message) {
		String text = DECLARATIONS + siteB + "\n  }\n}\n";
		List<Issue> issues = topologies.issues(text).stream().filter(i -> Rules.UNRESOLVED_REFERENCE.equals(i.getCode())).toList();
		assertEquals(1, issues.size(), () -> siteB + ": " + issues);
		Issue issue = issues.get(0);
		String reference = referenceText.substring(referenceText.indexOf(' ') + 1);
		assertEquals(text.indexOf(referenceText) + referenceText.indexOf(' ') + 1, issue.getOffset(), siteB);
		assertEquals(reference.length(), issue.getLength(), siteB);
		assertEquals(message, issue.getMessage(), siteB);
	}

	private XtextResource load(XtextResourceSet resourceSet, String name, String text) throws IOException {
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("inmemory:/" + name));
		resource.load(new StringInputStream(text), null);
		return resource;
	}

}
