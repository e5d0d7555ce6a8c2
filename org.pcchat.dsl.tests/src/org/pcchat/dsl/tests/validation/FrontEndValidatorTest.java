package org.pcchat.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pcchat.dsl.tests.support.TopologyText.SHARE;
import static org.pcchat.dsl.tests.support.TopologyText.SQL;
import static org.pcchat.dsl.tests.support.TopologyText.chatPool;
import static org.pcchat.dsl.tests.support.TopologyText.topology;
import static org.pcchat.dsl.tests.support.TopologyText.withFrontEnd;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pcchat.dsl.rules.Rules;
import org.pcchat.dsl.tests.PctopoInjectorProvider;
import org.pcchat.dsl.tests.support.Diagnostics;
import org.pcchat.dsl.tests.support.Topologies;

import com.google.inject.Inject;

/** PC101-PC103: a Front End exists, every pool has a next hop, active servers share its time zone. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoInjectorProvider.class)
class FrontEndValidatorTest {

	@Inject
	private Diagnostics diagnostics;

	@Inject
	private Topologies topologies;

	/** Site S (Pacific) with the pool, and site East with its own time zone and the given Front End. */
	private static String twoSites(String eastTimeZone, String eastFrontEnd, String pool) {
		return topology(SQL, SHARE, pool).replace("    site S {", """
				    site East {
				        timezone "%s"
				        %s
				    }
				    site S {""".formatted(eastTimeZone, eastFrontEnd));
	}

	private static final String EAST_POOL = """
			frontend pool EastFE { fqdn "fe.east.t.local" backend SQL.RTC server efe1 { fqdn "efe1.east.t.local" } }""";

	@Test
	void topologyWithoutFrontEndIsReportedOnItsName() {
		Issue issue = diagnostics.assertReportedOnceAt(Rules.NO_FRONT_END, """
				topology «Orphan» {
				    site Main { }
				}""");
		assertArrayEquals(new String[] { "Main" }, issue.getData(), "the site a quick fix inserts the Front End into");
	}

	@Test
	void standardEditionServerIsAFrontEnd() {
		diagnostics.assertNotReported(Rules.NO_FRONT_END, topology("""
				frontend standard SE { fqdn "se.t.local" }"""));
	}

	@Test
	void frontEndPoolInAnotherSiteIsAFrontEnd() {
		diagnostics.assertNotReported(Rules.NO_FRONT_END, twoSites("Pacific Standard Time", EAST_POOL, ""));
	}

	@Test
	void poolWithoutNextHopIsReportedOnItsName() {
		Issue issue = diagnostics.assertReportedOnceAt(Rules.NO_NEXT_HOP, withFrontEnd("""
				persistentchat pool «PC» { fqdn "pc.t.local" store SQL.MGC filestore Share server pc1 { } }"""));
		assertArrayEquals(new String[] { "FE" }, issue.getData(), "the Front Ends of the pool's site");
	}

	@Test
	void poolWithNextHopInAnotherSiteIsRouted() {
		diagnostics.assertNotReported(Rules.NO_NEXT_HOP, twoSites("Pacific Standard Time", EAST_POOL,
				chatPool("server pc1 { }").replace("nexthop FE", "nexthop EastFE")));
	}

	@Test
	void unresolvedNextHopIsALinkErrorNotAMissingNextHop() {
		String text = withFrontEnd(chatPool("server pc1 { }").replace("nexthop FE", "nexthop Nowhere"));
		List<String> codes = topologies.issues(text).stream().map(Issue::getCode).toList();
		assertTrue(codes.contains(Rules.UNRESOLVED_REFERENCE), codes::toString);
		assertFalse(codes.contains(Rules.NO_NEXT_HOP), codes::toString);
	}

	@Test
	void activeServerInAnotherTimeZoneThanItsNextHopIsReported() {
		diagnostics.assertReportedOnceAt(Rules.TIME_ZONE_MISMATCH, twoSites("Eastern Standard Time", EAST_POOL,
				chatPool("server «pc1» { }").replace("nexthop FE", "nexthop EastFE")));
	}

	@Test
	void serverTimeZoneOverridesItsSites() {
		diagnostics.assertReportedOnceAt(Rules.TIME_ZONE_MISMATCH, withFrontEnd(chatPool("""
				server pc1 { }
				server «pc2» { timezone "Eastern Standard Time" }""")));
		diagnostics.assertNotReported(Rules.TIME_ZONE_MISMATCH, twoSites("Eastern Standard Time", EAST_POOL,
				chatPool("""
						server pc1 { timezone "Eastern Standard Time" }""").replace("nexthop FE", "nexthop EastFE")));
	}

	@Test
	void standardEditionNextHopHasItsSitesTimeZone() {
		diagnostics.assertReportedOnceAt(Rules.TIME_ZONE_MISMATCH, twoSites("Eastern Standard Time",
				"frontend standard SE { fqdn \"se.east.t.local\" }",
				chatPool("server «pc1» { }").replace("nexthop FE", "nexthop SE")));
	}

	@Test
	void standbyServerMayBeInAnotherTimeZone() {
		diagnostics.assertNotReported(Rules.TIME_ZONE_MISMATCH, withFrontEnd(chatPool("""
				server pc1 { }
				server pc2 standby { timezone "Eastern Standard Time" }""")));
	}

	@Test
	void unknownTimeZoneIsNotJudged() {
		String eastWithoutTimeZone = twoSites("", EAST_POOL, chatPool("""
				server pc1 { }""").replace("nexthop FE", "nexthop EastFE")).replace("timezone \"\"", "");
		diagnostics.assertNotReported(Rules.TIME_ZONE_MISMATCH, eastWithoutTimeZone);
		String serverWithoutAnyTimeZone = withFrontEnd(chatPool("server pc1 { }"))
				.replace("timezone \"Pacific Standard Time\"", "");
		diagnostics.assertNotReported(Rules.TIME_ZONE_MISMATCH, serverWithoutAnyTimeZone);
	}
}
