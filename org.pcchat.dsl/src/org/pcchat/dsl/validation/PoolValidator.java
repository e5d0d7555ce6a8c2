package org.pcchat.dsl.validation;

import static org.pcchat.dsl.product.Limits.MAX_ACTIVE_SERVERS;
import static org.pcchat.dsl.product.Limits.MAX_DEPLOYMENT_USERS;
import static org.pcchat.dsl.product.Limits.MAX_SERVERS;
import static org.pcchat.dsl.product.Limits.USERS_PER_ACTIVE_SERVER;
import static org.pcchat.dsl.model.ElementKinds.label;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.pcchat.dsl.model.Addresses;
import org.pcchat.dsl.model.PoolDatabase;
import org.pcchat.dsl.model.Prerequisite;
import org.pcchat.dsl.model.Roles;
import org.pcchat.dsl.model.Values;
import org.pcchat.dsl.pctopo.FileShare;
import org.pcchat.dsl.pctopo.Host;
import org.pcchat.dsl.pctopo.Installed;
import org.pcchat.dsl.pctopo.PctopoPackage.Literals;
import org.pcchat.dsl.pctopo.PersistentChatPool;
import org.pcchat.dsl.pctopo.Server;
import org.pcchat.dsl.pctopo.StandardServer;
import org.pcchat.dsl.pctopo.Topology;
import org.pcchat.dsl.product.Limits;
import org.pcchat.dsl.product.Ports;
import org.pcchat.dsl.rules.Rules;

/**
 * Persistent Chat pools and their servers: Message Queuing, how many servers of which state,
 * Single Computer Pools, collocation, capacity, file stores, ports and disaster recovery.
 */
public class PoolValidator extends PctopoConcernValidator {

	private static final String UNC_PREFIX = "\\\\"; // two backslashes, as the value converter leaves them

	// Additional software requirements: MSMQ on every Persistent Chat server, compliance or not.
	@Check
	public void checkMessageQueuingInstalled(Server server) {
		if (Roles.isChatServer(server) && !hasMessageQueuing(server.getInstalled())) {
			reportNoMessageQueuing(server, "every Persistent Chat Server needs it");
		}
	}

	// The same page: a Standard Edition server hosting a collocated pool runs Persistent Chat Server.
	@Check(CheckType.EXPENSIVE)
	public void checkMessageQueuingOnCollocatingServers(Topology topology) {
		for (StandardServer server : Roles.collocatingServers(topology)) {
			if (!hasMessageQueuing(server.getInstalled())) {
				reportNoMessageQueuing(server, "it hosts a Persistent Chat pool, and every Persistent Chat Server needs it");
			}
		}
	}

	// Planning pages: at most four active servers per pool.
	@Check
	public void checkAtMostFourActiveServers(PersistentChatPool pool) {
		List<Server> active = Roles.activeServers(pool);
		if (active.size() > MAX_ACTIVE_SERVERS) {
			Server fifth = active.get(MAX_ACTIVE_SERVERS);
			// data: the name of the server a quick fix makes standby
			report(Rules.TOO_MANY_ACTIVE_SERVERS, label(fifth) + " is the 5th active server of " + label(pool)
					+ ", which has " + active.size() + "; a pool has at most " + MAX_ACTIVE_SERVERS
					+ " active servers, so make it standby", fifth, nameFeature(fifth), fifth.getName());
		}
	}

	// Planning pages: at most eight servers per pool (four active, four standby).
	@Check
	public void checkAtMostEightServers(PersistentChatPool pool) {
		List<Server> servers = pool.getServers();
		if (servers.size() > MAX_SERVERS) {
			Server ninth = servers.get(MAX_SERVERS);
			report(Rules.TOO_MANY_SERVERS, label(ninth) + " is the 9th server of " + label(pool) + ", which has "
					+ servers.size() + "; a pool has at most " + MAX_SERVERS + " servers (" + MAX_ACTIVE_SERVERS
					+ " active and " + (MAX_SERVERS - MAX_ACTIVE_SERVERS) + " standby),"
					+ " so remove servers or split the deployment into pools", ninth, nameFeature(ninth));
		}
	}

	// Planning pages: at least one server of a pool is active (a collocated pool runs on its host).
	@Check
	public void checkHasActiveServer(PersistentChatPool pool) {
		// a server of unknown state may be the active one
		if (!Roles.isCollocated(pool) && Roles.activeServers(pool).isEmpty()
				&& Roles.serversOfUnknownState(pool).isEmpty()) {
			report(Rules.NO_ACTIVE_SERVER, label(pool) + " has no active server; standby servers alone serve no"
					+ " users, so add an active server or make one active", pool, nameFeature(pool));
		}
	}

	// Planning pages: a Single Computer Pool can never get a second server.
	@Check
	public void checkSinglePoolHasOneServer(PersistentChatPool pool) {
		if (pool.isSingle() && pool.getServers().size() > 1) {
			Server second = pool.getServers().get(1);
			// data: the name of the pool from which a quick fix removes 'single'
			report(Rules.SINGLE_POOL_WITH_SERVERS, label(second) + " is a second server of " + label(pool)
					+ ", a Single Computer Pool, which can never have more than one; remove single to make it a"
					+ " multi-computer pool", second, nameFeature(second), pool.getName());
		}
	}

	// Planning pages: a single or collocated pool's FQDN is its computer's FQDN.
	@Check
	public void checkPoolFqdnIsItsComputers(PersistentChatPool pool) {
		EObject computer = soleComputer(pool);
		String own = known(pool.getFqdn());
		String computers = computer == null ? null : known(Addresses.fqdnOf(computer));
		if (own != null && computers != null && !own.equalsIgnoreCase(computers)) {
			// data: the computer's FQDN, which a quick fix sets as the pool's fqdn
			report(Rules.POOL_FQDN_MISMATCH, label(pool) + " has the FQDN '" + own + "' but its computer, "
					+ label(computer) + ", has '" + computers + "'; the FQDN of a Single Computer Pool or of a pool"
					+ " collocated on a Standard Edition server must equal its computer's, so set it to '" + computers
					+ "'", pool, Literals.PERSISTENT_CHAT_POOL__FQDN, computers);
		}
	}

	// Planning pages: Persistent Chat can be collocated only on a Standard Edition server.
	@Check
	public void checkCollocatedOnStandardEdition(PersistentChatPool pool) {
		Host host = pool.getHost();
		if (host != null && !host.eIsProxy() && !(host instanceof StandardServer)) {
			report(Rules.COLLOCATED_ON_NON_STANDARD, label(pool) + " is collocated on " + label(host) + "; Persistent"
					+ " Chat can only be collocated on a Standard Edition server, so give the pool its own servers",
					pool, Literals.PERSISTENT_CHAT_POOL__HOST);
		}
	}

	// Planning pages: collocation on a Standard Edition server is meant for evaluation.
	@Check
	public void checkCollocationIsForEvaluation(PersistentChatPool pool) {
		StandardServer server = Roles.collocatingServer(pool);
		if (server != null) {
			report(Rules.COLLOCATED_EVALUATION_ONLY, label(pool) + " is collocated on " + label(server) + "; that is"
					+ " meant for evaluation, without high availability and with limited scale, so use dedicated"
					+ " servers in production", pool, Literals.PERSISTENT_CHAT_POOL__HOST);
		}
	}

	// Planning pages: standby servers serve only after a disaster-recovery failover.
	@Check
	public void checkStandbyServersHaveBackup(PersistentChatPool pool) {
		List<Server> standby = Roles.standbyServers(pool);
		if (!standby.isEmpty() && !Values.isWritten(pool, Literals.PERSISTENT_CHAT_POOL__BACKUP)) {
			Server first = standby.get(0);
			report(Rules.STANDBY_WITHOUT_BACKUP, label(first) + " is standby but " + label(pool) + " has no backup"
					+ " store; standby servers only serve with disaster recovery, so declare backup or make the"
					+ " server active", first, nameFeature(first));
		}
	}

	// Planning pages: disaster recovery exists only for multi-computer pools (the chat and the compliance database).
	@Check
	public void checkNoBackupOnSinglePool(PersistentChatPool pool) {
		if (!pool.isSingle()) {
			return;
		}
		for (PoolDatabase database : PoolDatabase.values()) {
			EReference backup = database.backupReference();
			if (Values.isWritten(pool, backup)) {
				report(Rules.BACKUP_ON_SINGLE_POOL, label(pool) + " is a Single Computer Pool with a "
						+ database.role(backup) + "; disaster recovery exists only for multi-computer pools, so remove"
						+ " the backup or create the pool without single", pool, backup);
			}
		}
	}

	// deploying-persistent-chat: Persistent Chat on a Standard Edition server has no high availability or disaster
	// recovery, and its pool gets no server; the first of them is marked, the message names them all.
	@Check
	public void checkNoRecoveryOnCollocatedPool(PersistentChatPool pool) {
		StandardServer host = Roles.collocatingServer(pool);
		List<EObject> extras = host == null ? List.of() : CollocatedPoolExtras.of(pool);
		if (extras.isEmpty()) {
			return;
		}
		EObject first = extras.get(0);
		List<String> described = extras.stream().map(extra -> CollocatedPoolExtras.describe(pool, extra)).toList();
		String message = label(pool) + " is collocated on " + label(host) + ", where Persistent Chat has no high"
				+ " availability or disaster recovery and no server can be added, but it has " + String.join(", ", described)
				+ ": remove " + (extras.size() == 1 ? "it" : "them") + ", or deploy the pool on dedicated servers";
		// data: what a quick fix removes, the feature's name ("server" and the server's name for a server)
		if (first instanceof Server server) {
			report(Rules.RECOVERY_ON_COLLOCATED_POOL, message, server, nameFeature(server), "server", server.getName());
		} else {
			EReference reference = (EReference) first;
			report(Rules.RECOVERY_ON_COLLOCATED_POOL, message, pool, reference, reference.getName());
		}
	}

	// Planning pages: 20,000 concurrent users per active server (a collocated pool's host counts as one).
	@Check
	public void checkUsersWithinPoolCapacity(PersistentChatPool pool) {
		int active = Roles.activeServerCount(pool);
		if (!Roles.serversOfUnknownState(pool).isEmpty()) {
			return; // the capacity is unknown
		}
		long capacity = (long) USERS_PER_ACTIVE_SERVER * active;
		Integer users = pool.getUsers();
		if (users != null && users > capacity) {
			report(Rules.POOL_USERS_OVER_CAPACITY, label(pool) + " plans " + pool.getUsers() + " users but has "
					+ active + " active servers, which serve at most " + capacity + " (" + Limits.users(USERS_PER_ACTIVE_SERVER)
					+ " each); add active servers (at most " + MAX_ACTIVE_SERVERS + ") or lower users", pool,
					Literals.PERSISTENT_CHAT_POOL__USERS);
		}
	}

	// Planning pages: 80,000 concurrent users across all pools of a deployment.
	@Check(CheckType.EXPENSIVE)
	public void checkUsersWithinDeploymentCapacity(Topology topology) {
		long total = 0;
		for (PersistentChatPool pool : Roles.pools(topology)) {
			if (pool.getUsers() != null) {
				total += pool.getUsers();
				if (total > MAX_DEPLOYMENT_USERS) {
					report(Rules.DEPLOYMENT_USERS_OVER_CAPACITY, label(pool) + " brings the users of all Persistent Chat"
							+ " pools to " + total + "; a deployment supports at most "
							+ Limits.users(MAX_DEPLOYMENT_USERS) + ", and several pools"
							+ " serve data residency, not scale, so lower users", pool, Literals.PERSISTENT_CHAT_POOL__USERS);
					return;
				}
			}
		}
	}

	// Planning pages: a file store is required.
	@Check
	public void checkFileStoreSet(PersistentChatPool pool) {
		if (!Values.isWritten(pool, Literals.PERSISTENT_CHAT_POOL__FILE_STORE)) {
			report(Rules.NO_FILE_STORE, label(pool) + " has no filestore; Persistent Chat keeps posted files in a"
					+ " file store, so declare a fileshare and set filestore to it", pool, nameFeature(pool));
		}
	}

	// Planning pages: all servers of a multi-computer pool reach its file store, so it is a UNC share.
	@Check
	public void checkFileStoreIsUncShare(PersistentChatPool pool) {
		FileShare share = pool.getFileStore();
		if (Roles.isMultiComputer(pool) && share != null && !share.eIsProxy() && share.getPath() != null
				&& !share.getPath().startsWith(UNC_PREFIX)) {
			report(Rules.FILE_STORE_NOT_UNC, label(pool) + " is a multi-computer pool but its file store " + label(share)
					+ " has the path '" + share.getPath() + "', which is not a UNC share; use a UNC share"
					+ " (\\\\host\\share) that every server of the pool reaches", pool,
					Literals.PERSISTENT_CHAT_POOL__FILE_STORE);
		}
	}

	// Planning pages: the file share cannot be on an Enterprise Edition Front End server.
	@Check
	public void checkFileShareNotOnEnterpriseFrontEnd(FileShare share) {
		Host host = share.getHost();
		if (host != null && !host.eIsProxy() && Roles.isEnterpriseFrontEnd(host)) {
			report(Rules.FILE_SHARE_ON_FRONT_END, "The " + label(share) + " is hosted on " + label(host) + ", an Enterprise"
					+ " Edition Front End; file shares cannot be on Enterprise Front End servers, so host it on a file"
					+ " server", share, Literals.FILE_SHARE__HOST);
		}
	}

	// TCP ports are 1 to 65535.
	@Check
	public void checkPortInRange(PersistentChatPool pool) {
		Integer port = pool.getPort();
		if (port != null && !Ports.isTcpPort(port)) {
			report(Rules.PORT_OUT_OF_RANGE, label(pool) + " has the port " + port + ", which is not a TCP port;"
					+ " use a number from 1 to 65535, normally " + Ports.PERSISTENT_CHAT_SIP, pool, Literals.PERSISTENT_CHAT_POOL__PORT);
		}
	}

	// Planning pages: 443, 881 and 8011 serve Persistent Chat's other services, 5061 the Front End's SIP.
	@Check
	public void checkPortNotUsedByOtherServices(PersistentChatPool pool) {
		Integer port = pool.getPort();
		if (port != null && Ports.USED_BY_OTHER_SERVICES.contains(port)) {
			// data: the port a quick fix sets
			report(Rules.PORT_IN_USE, label(pool) + " has the port " + port + ", which another Lync service uses;"
					+ " set the Persistent Chat SIP port " + Ports.PERSISTENT_CHAT_SIP, pool, Literals.PERSISTENT_CHAT_POOL__PORT,
					String.valueOf(Ports.PERSISTENT_CHAT_SIP));
		}
	}

	private void reportNoMessageQueuing(EObject server, String why) {
		// data: the prerequisite a quick fix adds to the installed list
		report(Rules.NO_MSMQ, label(server) + " does not have Message Queuing (MSMQ) installed; " + why,
				server, nameFeature(server), Prerequisite.MSMQ.getLiteral());
	}

	private static boolean hasMessageQueuing(Installed installed) {
		return Values.prerequisitesPossiblyNamed(installed).contains(Prerequisite.MSMQ);
	}

	/** The one computer a pool runs on: its Standard Edition host, or a Single Computer Pool's server. */
	private static EObject soleComputer(PersistentChatPool pool) {
		StandardServer host = Roles.collocatingServer(pool);
		if (host != null) {
			return host;
		}
		return pool.isSingle() && !pool.getServers().isEmpty() ? pool.getServers().get(0) : null;
	}

	private static String known(String fqdn) {
		return fqdn == null || fqdn.isBlank() ? null : fqdn.strip();
	}
}
