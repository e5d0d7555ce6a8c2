package org.pcchat.dsl.validation;

import static org.pcchat.dsl.model.ElementKinds.label;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.pcchat.dsl.model.Roles;
import org.pcchat.dsl.model.Values;
import org.pcchat.dsl.pctopo.FrontEnd;
import org.pcchat.dsl.pctopo.PctopoPackage.Literals;
import org.pcchat.dsl.pctopo.PersistentChatPool;
import org.pcchat.dsl.pctopo.Server;
import org.pcchat.dsl.pctopo.Site;
import org.pcchat.dsl.pctopo.Topology;
import org.pcchat.dsl.rules.Rules;

/** Front End and routing: the Front End Persistent Chat needs, each pool's next hop, time zones. */
public class FrontEndValidator extends PctopoConcernValidator {

	// Technical requirements page: Persistent Chat needs an existing topology with a Front End.
	@Check(CheckType.EXPENSIVE)
	public void checkFrontEndExists(Topology topology) {
		if (Roles.siteElements(topology, FrontEnd.class).isEmpty()) {
			// data: the name of the first site, where a quick fix inserts a Front End pool (none without sites)
			String[] data = topology.getSites().stream().limit(1).map(Site::getName).toArray(String[]::new);
			report(Rules.NO_FRONT_END, "The " + label(topology) + " has no Front End; Persistent Chat Server needs"
					+ " a Lync Server topology with a Standard Edition server or an Enterprise Edition Front End pool,"
					+ " so add a frontend standard or frontend pool", topology, nameFeature(topology), data);
		}
	}

	// Technical requirements page: a Front End routes SIP traffic to every pool.
	@Check
	public void checkNextHopSet(PersistentChatPool pool) {
		if (!Values.isWritten(pool, Literals.PERSISTENT_CHAT_POOL__NEXT_HOP)) {
			// data: the names of the Front Ends of the pool's site, the next hops a quick fix proposes
			String[] frontEnds = siteOf(pool).getElements().stream().filter(FrontEnd.class::isInstance)
					.map(FrontEnd.class::cast).map(FrontEnd::getName).toArray(String[]::new);
			report(Rules.NO_NEXT_HOP, label(pool) + " has no nexthop; every Persistent Chat pool needs a Front End"
					+ " pool or Standard Edition server that routes to it, so set nexthop to a Front End of its site",
					pool, nameFeature(pool), frontEnds);
		}
	}

	// Planning pages: active Persistent Chat servers are in their next-hop pool's time zone.
	@Check
	public void checkTimeZoneMatchesNextHop(Server server) {
		if (!Roles.isChatServer(server) || !Roles.isActive(server)) {
			return;
		}
		FrontEnd nextHop = ((PersistentChatPool) server.eContainer()).getNextHop();
		if (nextHop == null || nextHop.eIsProxy()) {
			return;
		}
		String own = timeZoneOf(server);
		String hop = known(siteOf(nextHop).getTimezone());
		// Windows time zone IDs are registry keys, which Windows compares ignoring case.
		if (own != null && hop != null && !own.equalsIgnoreCase(hop)) {
			report(Rules.TIME_ZONE_MISMATCH, label(server) + " is in the time zone '" + own + "' but its next hop "
					+ label(nextHop) + " is in '" + hop + "'; active Persistent Chat servers must be in the same time"
					+ " zone as their next hop, so move the server or choose a next hop in its time zone",
					server, nameFeature(server));
		}
	}

	/** The server's own time zone, else its site's; null when neither is written. */
	private static String timeZoneOf(Server server) {
		String own = known(server.getTimezone());
		return own != null ? own : known(siteOf(server).getTimezone());
	}

	private static String known(String timeZone) {
		return timeZone == null || timeZone.isBlank() ? null : timeZone.strip();
	}

	private static Site siteOf(EObject element) {
		return EcoreUtil2.getContainerOfType(element, Site.class);
	}
}
