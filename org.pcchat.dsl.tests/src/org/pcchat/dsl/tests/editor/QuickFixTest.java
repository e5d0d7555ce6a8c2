package org.pcchat.dsl.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pcchat.dsl.tests.support.MinimalTopology.server;
import static org.pcchat.dsl.tests.support.MinimalTopology.withServers;
import static org.pcchat.dsl.tests.support.TopologyText.SHARE;
import static org.pcchat.dsl.tests.support.TopologyText.SQL;
import static org.pcchat.dsl.tests.support.TopologyText.chatPool;
import static org.pcchat.dsl.tests.support.TopologyText.chatServer;
import static org.pcchat.dsl.tests.support.TopologyText.topology;
import static org.pcchat.dsl.tests.support.TopologyText.withFrontEnd;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pcchat.dsl.rules.Rules;
import org.pcchat.dsl.tests.support.PctopoIdeInjectorProvider;
import org.pcchat.dsl.tests.support.QuickFixes;

import com.google.inject.Inject;

/**
 * Quick fixes of references, the Front End and the pools (PC002, PC101, PC102, PC2xx) through the
 * language server's code actions: the text before and after each fix.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoIdeInjectorProvider.class)
class QuickFixTest {

	/** The valid minimal topology: no diagnostic at all. */
	private static final String VALID = withServers(server("pc1", "pc1.minimal.local"));

	/** The valid topology with a Standard Edition server 'Lab' beside the Front End pool 'FE'. */
	private static final String TWO_FRONT_ENDS = VALID.replace(
			"        persistentchat pool PC {",
			"        frontend standard Lab {\n            fqdn \"lab.minimal.local\"\n        }\n        persistentchat pool PC {");

	@Inject
	private QuickFixes quickFixes;

	@Test
	void unresolvedReferenceOffersFrontEndNamesMostSimilarFirst() {
		String text = TWO_FRONT_ENDS.replace("nexthop FE", "nexthop Fe1");
		// fe1 is the closest name, but a server, not a Front End: not offered.
		assertEquals(List.of("Change to 'FE'", "Change to 'Lab'"), quickFixes.titles(text, Rules.UNRESOLVED_REFERENCE));
	}

	@Test
	void unresolvedReferenceIsReplacedByTheChosenName() {
		quickFixes.assertFix(TWO_FRONT_ENDS.replace("nexthop FE", "nexthop Fe1"), Rules.UNRESOLVED_REFERENCE,
				"Change to 'Lab'", TWO_FRONT_ENDS.replace("nexthop FE", "nexthop Lab"));
	}

	@Test
	void unresolvedInstanceIsReplacedByAQualifiedName() {
		String before = TWO_FRONT_ENDS.replace("store SQL.MGC", "store SQL.MGX");
		assertEquals(List.of("Change to 'SQL.MGC'", "Change to 'SQL.RTC'"),
				quickFixes.titles(before, Rules.UNRESOLVED_REFERENCE));
		quickFixes.assertFix(before, Rules.UNRESOLVED_REFERENCE, "Change to 'SQL.MGC'", TWO_FRONT_ENDS);
	}

	@Test
	void rulesWithoutQuickFixOfferNone() {
		assertEquals(List.of(), quickFixes.titles(withServers(server("pc1", "pc1_minimal")), Rules.INVALID_FQDN));
	}

	@Test
	void frontEndPoolIsAddedAtTheEndOfTheFirstSite() {
		quickFixes.assertFix("""
				topology Lab {
				    site Main {
				        timezone "Pacific Standard Time"
				    }
				    site Branch {
				    }
				}
				""", Rules.NO_FRONT_END, "Add Front End pool 'FE' to site 'Main'", """
				topology Lab {
				    site Main {
				        timezone "Pacific Standard Time"
				        frontend pool FE {
				            fqdn "fe.example.com"
				        }
				    }
				    site Branch {
				    }
				}
				""");
	}

	@Test
	void frontEndPoolTakesAFreeNameInTheTopologysDomain() {
		quickFixes.assertFix("""
				topology Lab {
				    site Main {
				        sqlserver FE { fqdn "sql.lab.local" }
				        sqlserver FE2 { fqdn "fe3.lab.local" }
				    }
				}
				""", Rules.NO_FRONT_END, "Add Front End pool 'FE4' to site 'Main'", """
				topology Lab {
				    site Main {
				        sqlserver FE { fqdn "sql.lab.local" }
				        sqlserver FE2 { fqdn "fe3.lab.local" }
				        frontend pool FE4 {
				            fqdn "fe4.lab.local"
				        }
				    }
				}
				""");
	}

	@Test
	void frontEndPoolFollowsTabIndentationAndOpensAOneLineSite() {
		quickFixes.assertFix("topology Lab {\n\tsite Main { }\n}\n", Rules.NO_FRONT_END,
				"Add Front End pool 'FE' to site 'Main'",
				"topology Lab {\n\tsite Main {\n\t\tfrontend pool FE {\n\t\t\tfqdn \"fe.example.com\"\n\t\t}\n\t}\n}\n");
	}

	@Test
	void topologyWithoutSitesGetsNoFrontEndPool() {
		assertEquals(List.of(), quickFixes.titles("topology Lab {\n}\n", Rules.NO_FRONT_END));
	}

	@Test
	void nextHopIsOfferedForEachFrontEndOfTheSite() {
		assertEquals(List.of("Set nexthop to 'FE'", "Set nexthop to 'Lab'"),
				quickFixes.titles(TWO_FRONT_ENDS.replace("            nexthop FE\n", ""), Rules.NO_NEXT_HOP));
	}

	@Test
	void nextHopGetsALineAfterTheFqdn() {
		quickFixes.assertFix(TWO_FRONT_ENDS.replace("            nexthop FE\n", ""), Rules.NO_NEXT_HOP,
				"Set nexthop to 'Lab'", TWO_FRONT_ENDS.replace("nexthop FE", "nexthop Lab"));
	}

	@Test
	void nextHopJoinsAttributesWrittenOnOneLine() {
		String pool = chatPool(chatServer("pc1", ""));
		quickFixes.assertFix(withFrontEnd(pool.replace("nexthop FE ", "")), Rules.NO_NEXT_HOP, "Set nexthop to 'FE'",
				withFrontEnd(pool));
	}

	@Test
	void nextHopComesFirstInAPoolWithoutFqdn() {
		String withoutFqdn = VALID.replace("            fqdn \"pc.minimal.local\"\n", "");
		quickFixes.assertFix(withoutFqdn.replace("            nexthop FE\n", ""), Rules.NO_NEXT_HOP,
				"Set nexthop to 'FE'", withoutFqdn);
	}

	@Test
	void messageQueuingIsAddedToTheInstalledList() {
		quickFixes.assertFix(VALID.replace("installed MSMQ, DotNet45", "installed DotNet45"), Rules.NO_MSMQ,
				"Add MSMQ to installed", VALID);
	}

	@Test
	void messageQueuingGetsAnInstalledLineAfterTheOperatingSystem() {
		String line = "                installed MSMQ, DotNet45, PowerShell3, WIF\n";
		quickFixes.assertFix(VALID.replace(line, ""), Rules.NO_MSMQ, "Add MSMQ to installed",
				VALID.replace(line, "                installed MSMQ\n"));
	}

	@Test
	void messageQueuingIsAddedToACollocatingStandardEditionServer() {
		String standard = "frontend standard Lab { fqdn \"lab.t.local\" os WindowsServer2012%s issuer CA }";
		String pool = "persistentchat pool PC on Lab { fqdn \"lab.t.local\" nexthop Lab filestore Share }";
		quickFixes.assertFix(topology(SQL, SHARE, standard.formatted(" certificate \"lab.t.local\""), pool),
				Rules.NO_MSMQ, "Add MSMQ to installed",
				topology(SQL, SHARE, standard.formatted(" installed MSMQ certificate \"lab.t.local\""), pool));
	}

	@Test
	void fifthActiveServerBecomesStandby() {
		String[] servers = { server("pc1", "pc1.minimal.local"), server("pc2", "pc2.minimal.local"),
				server("pc3", "pc3.minimal.local"), server("pc4", "pc4.minimal.local"), server("pc5", "pc5.minimal.local") };
		String fiveActive = withServers(servers);
		quickFixes.assertFix(fiveActive, Rules.TOO_MANY_ACTIVE_SERVERS, "Make 'pc5' standby",
				fiveActive.replace("server pc5 {", "server pc5 standby {"));
		quickFixes.assertFix(fiveActive.replace("server pc5 {", "server pc5 active {"), Rules.TOO_MANY_ACTIVE_SERVERS,
				"Make 'pc5' standby", fiveActive.replace("server pc5 {", "server pc5 standby {"));
	}

	@Test
	void singleIsRemovedFromAPoolWithTwoServers() {
		String twoServers = withServers(server("pc1", "pc1.minimal.local"), server("pc2", "pc2.minimal.local"));
		quickFixes.assertFix(twoServers.replace("pool PC {", "pool PC single {"), Rules.SINGLE_POOL_WITH_SERVERS,
				"Remove single from pool 'PC'", twoServers);
	}

	@Test
	void singlePoolTakesItsServersFqdn() {
		String single = VALID.replace("pool PC {", "pool PC single {");
		quickFixes.assertFix(single, Rules.POOL_FQDN_MISMATCH, "Set fqdn to 'pc1.minimal.local'",
				single.replace("fqdn \"pc.minimal.local\"", "fqdn \"pc1.minimal.local\""));
	}

	@Test
	void portUsedByAnotherServiceBecomes5041() {
		String withPort = VALID.replace("            nexthop FE\n", "            port 443\n            nexthop FE\n");
		quickFixes.assertFix(withPort, Rules.PORT_IN_USE, "Set port 5041", withPort.replace("port 443", "port 5041"));
	}
}
