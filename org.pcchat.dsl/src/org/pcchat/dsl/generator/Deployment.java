package org.pcchat.dsl.generator;

import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.PERSISTENT_CHAT_POOL__PORT;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.pcchat.dsl.model.Addresses;
import org.pcchat.dsl.model.ElementKinds;
import org.pcchat.dsl.model.Machines;
import org.pcchat.dsl.model.OsVersion;
import org.pcchat.dsl.model.PoolDatabase;
import org.pcchat.dsl.model.Roles;
import org.pcchat.dsl.model.Values;
import org.pcchat.dsl.naming.PctopoQualifiedNameProvider;
import org.pcchat.dsl.pctopo.FileShare;
import org.pcchat.dsl.pctopo.FrontEnd;
import org.pcchat.dsl.pctopo.FrontEndPool;
import org.pcchat.dsl.pctopo.Instance;
import org.pcchat.dsl.pctopo.OperatingSystem;
import org.pcchat.dsl.pctopo.PersistentChatPool;
import org.pcchat.dsl.pctopo.Server;
import org.pcchat.dsl.pctopo.Site;
import org.pcchat.dsl.pctopo.SqlServer;
import org.pcchat.dsl.pctopo.StandardServer;
import org.pcchat.dsl.pctopo.Topology;
import org.pcchat.dsl.product.Ports;
import org.pcchat.dsl.product.ProductProfile;

/**
 * What the items need to know about a topology beyond one element: which pool uses which instance
 * and share, names and addresses to put into commands, time zones and ports.
 */
final class Deployment {

	/** The mirrors in {@link #databasesOf}: Install-CsMirrorDatabase makes them, not Install-CsDatabase. */
	static final String MIRROR = "mirror";
	static final String COMPLIANCE_MIRROR = "compliance database mirror";

	final Topology topology;
	final ProductProfile profile;
	private final List<PersistentChatPool> chatPools;
	private final List<FrontEndPool> frontEndPools;
	// Who uses what, indexed once: asking every pool about every instance, share and Front End was
	// quadratic (4 of the 5 s of a 10,000-server checklist). Lists are in the pools' order.
	private final Map<Instance, List<String>> instanceUses = new HashMap<>();
	private final Set<Instance> chatDatabases = new HashSet<>();
	private final Set<Instance> frontEndBackEnds = new HashSet<>();
	private final Map<FileShare, List<String>> shareUses = new HashMap<>();
	private final Map<FileShare, List<PersistentChatPool>> chatPoolsByShare = new HashMap<>();
	private final Set<FileShare> sharesOfExistingPools = new HashSet<>();
	private final Map<EObject, List<PersistentChatPool>> chatPoolsByHost = new HashMap<>();
	private final Map<FrontEnd, List<PersistentChatPool>> chatPoolsByNextHop = new HashMap<>();
	private final Map<EObject, List<Database>> databasesByMachine = new HashMap<>();

	/** A database of a Persistent Chat pool: "chat database (mgc)" on an instance. */
	record Database(PersistentChatPool pool, String what, Instance instance) {
	}

	Deployment(Topology topology, ProductProfile profile) {
		this.topology = topology;
		this.profile = profile;
		this.chatPools = EcoreUtil2.getAllContentsOfType(topology, PersistentChatPool.class);
		this.frontEndPools = EcoreUtil2.getAllContentsOfType(topology, FrontEndPool.class);
		for (FrontEndPool pool : frontEndPools) {
			if (pool.getBackend() != null) {
				frontEndBackEnds.add(pool.getBackend());
				add(instanceUses, pool.getBackend(), "back end of " + ElementKinds.label(pool));
			}
			add(shareUses, pool.getFileStore(), "file store of " + ElementKinds.label(pool));
			addIfExisting(pool, pool.getFileStore());
		}
		for (PersistentChatPool pool : chatPools) {
			databasesOf(pool).forEach((database, instance) -> {
				chatDatabases.add(instance);
				add(instanceUses, instance, database + " of " + ElementKinds.label(pool));
				add(databasesByMachine, instance.eContainer(), new Database(pool, database, instance));
			});
			// the witness holds no database: it only watches the mirroring
			add(instanceUses, PoolDatabase.CHAT.witness(pool), "witness of the chat database's mirroring of "
					+ ElementKinds.label(pool));
			add(shareUses, pool.getFileStore(), "file store of " + ElementKinds.label(pool));
			add(chatPoolsByShare, pool.getFileStore(), pool);
			addIfExisting(pool, pool.getFileStore());
			add(chatPoolsByHost, pool.getHost(), pool);
			add(chatPoolsByNextHop, pool.getNextHop(), pool);
		}
	}

	private void addIfExisting(EObject pool, FileShare share) {
		if (share != null && isExisting(pool)) {
			sharesOfExistingPools.add(share);
		}
	}

	private static <K, V> void add(Map<K, List<V>> index, K key, V value) {
		if (key != null) {
			index.computeIfAbsent(key, any -> new ArrayList<>()).add(value);
		}
	}

	private static <K, V> List<V> lookUp(Map<K, List<V>> index, Object key) {
		return Collections.unmodifiableList(index.getOrDefault(key, List.of()));
	}

	List<PersistentChatPool> chatPools() {
		return chatPools;
	}

	static String name(EObject element) {
		String name = PctopoQualifiedNameProvider.nameOf(element);
		return name == null ? "?" : name;
	}

	/** The element's FQDN, or a placeholder to fill in when the topology has none (PC005). */
	static String fqdn(EObject element) {
		String fqdn = element == null ? null : Addresses.fqdnOf(element);
		return fqdn == null || fqdn.isBlank() ? "<FQDN of " + name(element) + ">" : fqdn;
	}

	static String siteOf(EObject element) {
		Site site = EcoreUtil2.getContainerOfType(element, Site.class);
		return site == null ? null : site.getName();
	}

	/** An instance as administrators address it: {@code SQLPC.MGC (sqlpc01.contoso.com\MGC)}. */
	static String describe(Instance instance) {
		return name(instance.eContainer()) + "." + name(instance) + " (" + fqdn(instance.eContainer()) + "\\"
				+ name(instance) + ")";
	}

	static OsVersion osOf(OperatingSystem os) {
		return Values.osVersion(os).orElse(null);
	}

	/** The machine where a Front End's commands run: a Standard Edition server, or a pool's first server; null if none. */
	static EObject firstMachineOf(FrontEnd frontEnd) {
		if (frontEnd instanceof FrontEndPool pool) {
			return pool.getServers().isEmpty() ? null : pool.getServers().get(0);
		}
		return frontEnd;
	}

	/** The Windows Server version of a Lync server or Standard Edition server; null when unknown. */
	static OsVersion osOfMachine(EObject machine) {
		if (machine instanceof Server server) {
			return osOf(server.getOs());
		}
		return machine instanceof StandardServer standard ? osOf(standard.getOs()) : null;
	}

	/**
	 * Whether the element, or the machine or pool it belongs to, is written {@code existing}: already
	 * deployed, to verify rather than install (a server of an existing pool, an instance of an existing
	 * SQL server). A pool collocated on an existing Standard Edition server is new unless written so.
	 */
	static boolean isExisting(EObject element) {
		if (element instanceof Topology topology) {
			return isAllExisting(topology);
		}
		for (EObject owner = element; owner != null && !(owner instanceof Site); owner = owner.eContainer()) {
			if (Machines.isExisting(owner)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Nothing in the topology is new: every machine and pool that can be marked {@code existing} is (an
	 * imported deployment). Its topology-wide steps (publish, enable, administrators, policy) then check.
	 */
	private static boolean isAllExisting(Topology topology) {
		boolean any = false;
		for (Iterator<EObject> contents = topology.eAllContents(); contents.hasNext();) {
			EObject element = contents.next();
			if (element.eClass().getEStructuralFeature("existing") != null) {
				if (!Machines.isExisting(element)) {
					return false;
				}
				any = true;
			}
		}
		return any;
	}

	static boolean isActive(Server server) {
		return Roles.isActive(server);
	}

	/** The pool's SIP port as the topology sets it, the default when absent or out of range (PC214). */
	static int portOf(PersistentChatPool pool) {
		Integer port = pool.getPort();
		return port != null && Ports.isTcpPort(port) ? port : Ports.PERSISTENT_CHAT_SIP;
	}

	/** What each pool keeps on {@code instance}: "chat database (mgc) of Persistent Chat pool 'PChat'". */
	List<String> usesOf(Instance instance) {
		return new ArrayList<>(lookUp(instanceUses, instance));
	}

	/** The pool's databases by what they hold, in the order Topology Builder asks for them. */
	static Map<String, Instance> databasesOf(PersistentChatPool pool) {
		Map<String, Instance> databases = new LinkedHashMap<>();
		putIfResolved(databases, PoolDatabase.CHAT.labelWithDatabaseName(), pool.getStore());
		putIfResolved(databases, PoolDatabase.COMPLIANCE.labelWithDatabaseName(), pool.getCompliance());
		putIfResolved(databases, "backup store", pool.getBackup());
		putIfResolved(databases, MIRROR, pool.getMirror());
		putIfResolved(databases, "compliance backup store", PoolDatabase.COMPLIANCE.backup(pool));
		putIfResolved(databases, COMPLIANCE_MIRROR, PoolDatabase.COMPLIANCE.mirror(pool));
		return databases;
	}

	/** The databases of all pools on the instances of an SQL server or Standard Edition server, in the pools' order. */
	List<Database> databasesOn(EObject machine) {
		return lookUp(databasesByMachine, machine);
	}

	boolean holdsChatDatabases(Instance instance) {
		return chatDatabases.contains(instance);
	}

	boolean isFrontEndBackEnd(Instance instance) {
		return frontEndBackEnds.contains(instance);
	}

	/** What uses the share: "file store of Front End pool 'FE'". */
	List<String> usesOf(FileShare share) {
		return new ArrayList<>(lookUp(shareUses, share));
	}

	/**
	 * A share is not a machine and has no {@code existing} of its own: it already exists when a pool
	 * that is deployed keeps its files on it.
	 */
	boolean isShareOfExistingPool(FileShare share) {
		return sharesOfExistingPools.contains(share);
	}

	List<PersistentChatPool> chatPoolsUsing(FileShare share) {
		return lookUp(chatPoolsByShare, share);
	}

	/** Pools collocated on a Standard Edition server (docs/LANGUAGE.md, {@code on}). */
	List<PersistentChatPool> poolsCollocatedOn(StandardServer server) {
		return lookUp(chatPoolsByHost, server);
	}

	List<PersistentChatPool> poolsWithNextHop(FrontEnd frontEnd) {
		return lookUp(chatPoolsByNextHop, frontEnd);
	}

	/** A server's time zone: its own, else its site's; null when neither is written. */
	static String timezoneOf(EObject element) {
		if (element instanceof Server server && server.getTimezone() != null) {
			return server.getTimezone();
		}
		Site site = EcoreUtil2.getContainerOfType(element, Site.class);
		return site == null ? null : site.getTimezone();
	}

	/** Labels of the elements, joined for a sentence: "a, b and c". */
	static <T> String join(List<T> elements, Function<T, String> text) {
		List<String> parts = elements.stream().map(text).toList();
		if (parts.size() <= 1) {
			return String.join("", parts);
		}
		return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
	}

	/** Whether an SQL server or Standard Edition server keeps a Persistent Chat database. */
	boolean hostsChatDatabases(EObject host) {
		return host.eContents().stream().anyMatch(child -> child instanceof Instance instance && holdsChatDatabases(instance));
	}

	private static void putIfResolved(Map<String, Instance> databases, String what, Instance instance) {
		if (instance != null && !instance.eIsProxy()) {
			databases.put(what, instance);
		}
	}
}
