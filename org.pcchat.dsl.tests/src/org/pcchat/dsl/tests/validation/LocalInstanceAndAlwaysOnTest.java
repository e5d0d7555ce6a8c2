package org.pcchat.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pcchat.dsl.rules.Rules;
import org.pcchat.dsl.tests.PctopoInjectorProvider;
import org.pcchat.dsl.tests.support.Diagnostics;

import com.google.inject.Inject;

/** Instances no Persistent Chat database may use: AlwaysOn under Lync Server 2013 (PC315), RTCLOCAL and LYNCLOCAL (PC316). */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoInjectorProvider.class)
class LocalInstanceAndAlwaysOnTest {

	@Inject
	private Diagnostics diagnostics;

	private static String topology(String product, String... pool) {
		return """
				topology T {
				    %s
				    site S {
				        sqlserver SQL { fqdn "sql.t.local" instance MGC instance RTCLOCAL instance LyncLocal instance AG %s }
				        frontend standard SE { fqdn "se.t.local" instance RTC instance RTCLOCAL }
				        frontend standard SE2 { fqdn "se2.t.local" instance RTCLOCAL }
				        fileshare Share "\\\\\\\\fs.t.local\\\\share"
				        persistentchat pool P {
				            fqdn "p.t.local" nexthop SE filestore Share
				            %s
				        }
				    }
				}
				""".formatted(product, "%s", String.join("\n            ", pool));
	}

	private static String lync(String alwaysOn, String... pool) {
		return topology("", pool).formatted(alwaysOn);
	}

	// PC315

	@Test
	void alwaysOnIsReportedInALync2013Topology() {
		Issue issue = diagnostics.assertReportedOnceAt(Rules.ALWAYS_ON_UNSUPPORTED, lync("«alwayson»", "store SQL.MGC"));
		assertTrue(issue.getMessage().startsWith("SQL instance 'SQL.AG' is in an AlwaysOn availability group, which Lync"
				+ " Server 2013 does not support"), issue::getMessage);
		diagnostics.assertReportedOnceAt(Rules.ALWAYS_ON_UNSUPPORTED,
				topology("product Lync2013", "store SQL.MGC").formatted("«alwayson»"));
	}

	@Test
	void alwaysOnIsNotThisRulesConcernWithSkypeForBusinessOrAnUnknownProduct() {
		diagnostics.assertNotReported(Rules.ALWAYS_ON_UNSUPPORTED,
				topology("product SkypeForBusiness2015 cu 9", "store SQL.MGC").formatted("alwayson"));
		diagnostics.assertNotReported(Rules.ALWAYS_ON_UNSUPPORTED,
				topology("product SkypeForBusiness2030", "store SQL.MGC").formatted("alwayson"));
		diagnostics.assertNotReported(Rules.ALWAYS_ON_UNSUPPORTED, lync("", "store SQL.MGC"));
	}

	// PC316

	@Test
	void everyDatabaseOnALocalInstanceIsReported() {
		List<Issue> issues = diagnostics.assertReportedAt(Rules.DATABASE_ON_LOCAL_INSTANCE, lync("",
				"store «SQL.RTCLOCAL»", "mirror «SQL.lynclocal»", "compliance «SE.RTCLOCAL» backup «SE2.RtcLocal»"));
		assertTrue(issues.get(0).getMessage().contains("has the chat database on SQL instance 'SQL.RTCLOCAL'; RTCLOCAL is"
				+ " a local instance"), issues.get(0)::getMessage);
		assertEquals(List.of(List.of(), List.of(), List.of("SE.RTC"), List.of()),
				issues.stream().map(issue -> List.of(issue.getData())).toList(), "the RTC instance where SE has one");
	}

	@Test
	void otherInstancesAndTheWitnessAreNotThisRulesConcern() {
		diagnostics.assertNotReported(Rules.DATABASE_ON_LOCAL_INSTANCE,
				lync("", "store SQL.MGC", "compliance SE.RTC", "mirror SQL.AG", "witness SQL.RTCLOCAL"));
	}
}
