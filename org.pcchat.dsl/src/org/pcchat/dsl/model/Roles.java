package org.pcchat.dsl.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.pcchat.dsl.pctopo.FrontEndPool;
import org.pcchat.dsl.pctopo.Host;
import org.pcchat.dsl.pctopo.Instance;
import org.pcchat.dsl.pctopo.PctopoPackage;
import org.pcchat.dsl.pctopo.PersistentChatPool;
import org.pcchat.dsl.pctopo.Server;
import org.pcchat.dsl.pctopo.Site;
import org.pcchat.dsl.pctopo.SiteElement;
import org.pcchat.dsl.pctopo.SqlServer;
import org.pcchat.dsl.pctopo.StandardServer;
import org.pcchat.dsl.pctopo.Topology;

/** Which elements play which role in a Persistent Chat deployment
 * (https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-components-and-topologies-for-persistent-chat-server). */
public final class Roles {

	private Roles() {
	}

	/** A server of a Persistent Chat pool. */
	public static boolean isChatServer(EObject element) {
		return element instanceof Server && element.eContainer() instanceof PersistentChatPool;
	}

	/** A Front End server: a server of a Front End pool, or a Standard Edition server. */
	public static boolean isFrontEndServer(EObject element) {
		return element instanceof StandardServer
				|| element instanceof Server && element.eContainer() instanceof FrontEndPool;
	}

	/** An Enterprise Edition Front End pool or one of its servers. */
	public static boolean isEnterpriseFrontEnd(EObject element) {
		return element instanceof FrontEndPool
				|| element instanceof Server && element.eContainer() instanceof FrontEndPool;
	}

	/** A Lync server: a Front End, Standard Edition or Persistent Chat server (not an SQL server). */
	public static boolean isLyncServer(EObject element) {
		return isChatServer(element) || isFrontEndServer(element);
	}

	/** A server whose state is active or not written (docs/LANGUAGE.md); one of unknown state is neither. */
	public static boolean isActive(Server server) {
		return Values.state(server).orElse(null) == ServerState.ACTIVE;
	}

	/** A server written standby. */
	public static boolean isStandby(Server server) {
		return Values.state(server).orElse(null) == ServerState.STANDBY;
	}

	public static List<Server> activeServers(PersistentChatPool pool) {
		return pool.getServers().stream().filter(Roles::isActive).toList();
	}

	/**
	 * The servers that serve the pool's users: its active servers, and the Standard Edition server a
	 * collocated pool runs on (PC209 and the checklist's capacity count the same).
	 */
	public static int activeServerCount(PersistentChatPool pool) {
		return activeServers(pool).size() + (collocatingServer(pool) == null ? 0 : 1);
	}

	/** Servers whose state is written but unknown (PC006): rules that count states do not judge them. */
	public static List<Server> serversOfUnknownState(PersistentChatPool pool) {
		return pool.getServers().stream().filter(server -> Values.state(server).isEmpty()).toList();
	}

	public static List<Server> standbyServers(PersistentChatPool pool) {
		return pool.getServers().stream().filter(Roles::isStandby).toList();
	}

	/** Whether the pool is written {@code on} a host, whatever that host is. */
	public static boolean isCollocated(PersistentChatPool pool) {
		return Values.isWritten(pool, PctopoPackage.Literals.PERSISTENT_CHAT_POOL__HOST);
	}

	/** The Standard Edition server the pool is collocated on; null when it is not. */
	public static StandardServer collocatingServer(PersistentChatPool pool) {
		Host host = pool.getHost();
		return host instanceof StandardServer server && !server.eIsProxy() ? server : null;
	}

	/** A pool of several computers: neither a Single Computer Pool nor collocated on one server. */
	public static boolean isMultiComputer(PersistentChatPool pool) {
		return !pool.isSingle() && !isCollocated(pool);
	}

	/** The Persistent Chat pools of the topology, in document order. */
	public static List<PersistentChatPool> pools(Topology topology) {
		return siteElements(topology, PersistentChatPool.class);
	}

	/**
	 * The elements of all sites of the type, in document order. Pools, Front Ends, SQL servers and
	 * shares are only ever site elements: unlike a walk over all contents, this does not visit servers,
	 * hardware and the like.
	 */
	public static <T> List<T> siteElements(Topology topology, Class<T> type) {
		List<T> result = new ArrayList<>();
		for (Site site : topology.getSites()) {
			for (SiteElement element : site.getElements()) {
				if (type.isInstance(element)) {
					result.add(type.cast(element));
				}
			}
		}
		return result;
	}

	/** Standard Edition servers that host a collocated Persistent Chat pool, in the pools' order. */
	public static Set<StandardServer> collocatingServers(Topology topology) {
		Set<StandardServer> result = new LinkedHashSet<>();
		for (PersistentChatPool pool : pools(topology)) {
			StandardServer server = collocatingServer(pool);
			if (server != null) {
				result.add(server);
			}
		}
		return result;
	}

	/**
	 * SQL servers hosting Persistent Chat databases: those of the instances any pool names as
	 * {@code store}, {@code compliance}, {@code backup} or {@code mirror}, the compliance database's
	 * mirror and backup included (a witness holds no database).
	 */
	public static Set<SqlServer> databaseServers(Topology topology) {
		Set<SqlServer> result = new LinkedHashSet<>();
		for (PersistentChatPool pool : pools(topology)) {
			for (EReference database : PoolDatabase.databaseReferences()) {
				SqlServer server = sqlServerOf(PoolDatabase.resolved(pool, database));
				if (server != null) {
					result.add(server);
				}
			}
		}
		return result;
	}

	private static SqlServer sqlServerOf(Instance instance) {
		return instance != null && !instance.eIsProxy() && instance.eContainer() instanceof SqlServer server
				? server : null;
	}
}
