package org.pcchat.dsl.generator;

import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.PERSISTENT_CHAT_POOL__USERS;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.pcchat.dsl.model.ElementKinds;
import org.pcchat.dsl.model.PoolDatabase;
import org.pcchat.dsl.model.Roles;
import org.pcchat.dsl.pctopo.FrontEnd;
import org.pcchat.dsl.pctopo.Instance;
import org.pcchat.dsl.pctopo.PersistentChatPool;
import org.pcchat.dsl.pctopo.Server;
import org.pcchat.dsl.product.Limits;
import org.pcchat.dsl.rules.Rules;

/**
 * Items of a Persistent Chat pool as a whole
 * (https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-components-and-topologies-for-persistent-chat-server):
 * its definition in Topology Builder,
 * its databases, capacity and file store. Its servers are {@link LyncServerItems}'.
 */
final class PoolItems {

	private final Deployment deployment;

	PoolItems(Deployment deployment) {
		this.deployment = deployment;
	}

	void add(Drafts drafts, PersistentChatPool pool) {
		addDefinition(drafts, pool);
		addDatabases(drafts, pool);
		addCapacity(drafts, pool);
		addFileStore(drafts, pool);
	}

	private void addDefinition(Drafts drafts, PersistentChatPool pool) {
		String fqdn = Deployment.fqdn(pool);
		long active = Roles.activeServers(pool).size();
		long standby = pool.getServers().size() - active;
		ItemDraft item = drafts.add(pool, "definition")
				.why(Rules.NO_NEXT_HOP, Rules.NO_ACTIVE_SERVER, Rules.TOO_MANY_ACTIVE_SERVERS, Rules.TOO_MANY_SERVERS,
						Rules.PORT_OUT_OF_RANGE, Rules.PORT_IN_USE);
		String shape;
		if (pool.getHost() != null) {
			shape = "collocated on " + ElementKinds.label(pool.getHost()) + " (" + Deployment.fqdn(pool.getHost()) + ")";
			item.why(Rules.POOL_FQDN_MISMATCH, Rules.COLLOCATED_ON_NON_STANDARD, Rules.COLLOCATED_EVALUATION_ONLY,
					Rules.RECOVERY_ON_COLLOCATED_POOL);
		} else if (pool.isSingle()) {
			shape = "a Single Computer Pool of " + servers(pool.getServers());
			item.why(Rules.SINGLE_POOL_WITH_SERVERS, Rules.POOL_FQDN_MISMATCH);
		} else {
			shape = "a multi-computer pool of " + active + " active" + (standby > 0 ? " and " + standby + " standby" : "")
					+ (pool.getServers().size() == 1 ? " server (" : " servers (") + servers(pool.getServers()) + ")";
		}
		if (standby > 0) {
			item.why(Rules.STANDBY_WITHOUT_BACKUP);
		}
		String definition = shape + ", next hop " + nextHop(pool.getNextHop()) + ", SIP port " + Deployment.portOf(pool);
		item.todo("Define Persistent Chat pool " + fqdn + " in Topology Builder as " + definition)
				.ifDeployed("Check that Persistent Chat pool " + fqdn + " is published as " + definition);
	}

	private static String servers(List<Server> servers) {
		return servers.isEmpty() ? "no servers" : Deployment.join(servers, Deployment::name);
	}

	private static String nextHop(FrontEnd nextHop) {
		return nextHop == null || nextHop.eIsProxy() ? "(none yet: name a Front End)"
				: ElementKinds.label(nextHop) + " (" + Deployment.fqdn(nextHop) + ")";
	}

	private void addDatabases(Drafts drafts, PersistentChatPool pool) {
		Map<String, Instance> databases = Deployment.databasesOf(pool);
		List<String> placed = new ArrayList<>();
		databases.forEach((database, instance) -> placed.add(database + " on " + Deployment.describe(instance)));
		Instance witness = PoolDatabase.CHAT.witness(pool);
		if (witness != null) {
			placed.add("mirroring witness on " + Deployment.describe(witness));
		}
		ItemDraft item = drafts.add(pool, "databases")
				.why(Rules.DATABASE_INSTANCE_SHARED, Rules.STORE_ON_BACKEND, Rules.DATABASE_ON_ALWAYS_ON);
		if (pool.getBackup() != null || pool.getMirror() != null) {
			item.why(Rules.BACKUP_SAME_AS_STORE);
		}
		if (pool.getBackup() != null && pool.isSingle()) {
			item.why(Rules.BACKUP_ON_SINGLE_POOL);
		}
		citeRecoveryRules(item, pool, databases.values());
		String mirror = databases.containsKey(Deployment.MIRROR) || databases.containsKey(Deployment.COMPLIANCE_MIRROR)
				? "; the mirrors are set up with Install-CsMirrorDatabase once the databases exist" : "";
		if (PoolDatabase.CHAT.primary(pool) != null) {
			item.todo("In Topology Builder, place the " + String.join(", the ", placed) + mirror)
					.ifDeployed("Check that the published topology places the " + String.join(", the ", placed));
		} else {
			item.verify("The topology names no store for the chat database of " + Deployment.fqdn(pool)
					+ ": choose an SQL Server instance for it in Topology Builder"
					+ (placed.isEmpty() ? "" : "; placed so far: the " + String.join(", the ", placed)));
		}
	}

	/** The high-availability rules that judge the copies the pool writes (PC220, PC314, PC316-PC318). */
	private static void citeRecoveryRules(ItemDraft item, PersistentChatPool pool, Collection<Instance> databases) {
		boolean mirrored = false;
		boolean backedUp = false;
		for (PoolDatabase database : PoolDatabase.values()) {
			mirrored |= pool.eIsSet(database.mirrorReference());
			backedUp |= pool.eIsSet(database.backupReference());
			if (pool.eIsSet(database.mirrorReference()) && pool.eIsSet(database.backupReference())) {
				item.why(Rules.MIRROR_SAME_AS_BACKUP);
			}
		}
		if (mirrored) {
			item.why(Rules.MIRROR_ON_PRIMARY_SERVER);
		}
		if (backedUp) {
			item.why(Rules.BACKUP_NOT_SEPARATE);
		}
		if (pool.eIsSet(PoolDatabase.CHAT.witnessReference())) {
			item.why(Rules.WITNESS_MISPLACED);
		}
		if (databases.stream().anyMatch(instance -> DatabaseItems.isLocalInstance(instance.getName()))) {
			item.why(Rules.DATABASE_ON_LOCAL_INSTANCE);
		}
	}

	private void addCapacity(Drafts drafts, PersistentChatPool pool) {
		long active = Roles.activeServerCount(pool);
		long capacity = active * Limits.USERS_PER_ACTIVE_SERVER;
		ItemDraft item = drafts.add(pool, "capacity").why(Rules.POOL_USERS_OVER_CAPACITY, Rules.DEPLOYMENT_USERS_OVER_CAPACITY);
		EObject frontEnd = pool.getNextHop() == null || pool.getNextHop().eIsProxy() ? null
				: Deployment.firstMachineOf(pool.getNextHop());
		if (frontEnd != null) {
			// the Front End already runs the Lync Server Management Shell
			item.on(Deployment.fqdn(frontEnd)).check("(Get-CsUser -Filter {RegistrarPool -eq " + Commands.quote(Deployment.fqdn(pool.getNextHop()))
					+ "}).Count");
		}
		String limits = active + (active == 1 ? " active server serves" : " active servers serve") + " up to " + Limits.users(capacity)
				+ " concurrent users; all pools of the deployment together up to " + Limits.users(Limits.MAX_DEPLOYMENT_USERS);
		if (pool.getUsers() != null) {
			item.todo("Plan " + Deployment.fqdn(pool) + " for " + Limits.users(pool.getUsers())
					+ " concurrent users: " + limits);
		} else {
			item.verify("The topology does not say how many users " + Deployment.fqdn(pool) + " serves: check the"
					+ " concurrent users enabled for Persistent Chat fit, " + limits);
		}
	}

	private void addFileStore(Drafts drafts, PersistentChatPool pool) {
		ItemDraft item = drafts.add(pool, "file-store").why(Rules.NO_FILE_STORE, Rules.FILE_STORE_NOT_UNC);
		if (pool.getFileStore() == null || pool.getFileStore().eIsProxy()) {
			item.todo("Create a file share for the files posted to the chat rooms of " + Deployment.fqdn(pool)
					+ " and name it as the pool's file store in Topology Builder");
			return;
		}
		String path = pool.getFileStore().getPath();
		item.todo("Name " + path + " as the file store of " + Deployment.fqdn(pool) + "; every server of the pool must"
				+ " reach it").ifDeployed("Check that every server of " + Deployment.fqdn(pool) + " reaches its file store " + path).check("Test-Path " + Commands.quote(path));
	}
}
