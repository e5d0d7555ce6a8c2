package org.pcchat.dsl.generator;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.pcchat.dsl.model.Machines;
import org.pcchat.dsl.model.PoolDatabase;
import org.pcchat.dsl.pctopo.Instance;
import org.pcchat.dsl.pctopo.PersistentChatPool;
import org.pcchat.dsl.pctopo.Server;
import org.pcchat.dsl.rules.Rules;

/**
 * High availability and disaster recovery of a pool's chat database (mgc): the SQL Server mirror,
 * log shipping to the backup store, and the failover and failback runbooks in the order Microsoft
 * documents them. The compliance database (mgccomp) is not failed over.
 */
final class RecoveryItems {

	private static final String SHARE = "<log shipping share>";

	/** Microsoft's failover and failback procedures have seven steps each. */
	private static final int STEPS = 7;

	private final Deployment deployment;

	RecoveryItems(Deployment deployment) {
		this.deployment = deployment;
	}

	/**
	 * After Install-CsDatabase, for the chat database and then the compliance database: the mirror
	 * (with the chat database's witness), then log shipping from the primary and from its mirror.
	 */
	void addProtection(Drafts drafts, PersistentChatPool pool) {
		for (PoolDatabase database : PoolDatabase.values()) {
			Instance primary = database.primary(pool);
			Instance mirror = database.mirror(pool);
			Instance backup = database.backup(pool);
			String prefix = database == PoolDatabase.CHAT ? "" : "compliance-";
			String name = database.databaseName();
			if (primary != null && mirror != null) {
				addMirror(drafts, pool, database, primary, mirror, database.witness(pool));
			}
			if (primary != null && backup != null) {
				addLogShipping(drafts, pool, prefix + "log-shipping", name, primary, backup, "log-shipping",
						"The backup store is a SQL Server log shipping secondary of the primary " + database.label() + " ("
								+ name + "), restored in no recovery mode.");
				if (mirror != null) {
					addLogShipping(drafts, pool, prefix + "log-shipping-mirror", name, mirror, backup, "log-shipping-mirror",
							"Log shipping also runs from the primary's mirror to the backup store, so that it continues"
									+ " when the mirror serves.");
				}
			}
		}
	}

	private void addMirror(Drafts drafts, PersistentChatPool pool, PoolDatabase database, Instance store, Instance mirror,
			Instance witness) {
		String primary = Deployment.fqdn(store.eContainer());
		String type = database == PoolDatabase.CHAT ? "PersistentChat" : "PersistentChatCompliance";
		String watched = witness == null ? ""
				: ", with the witness " + Deployment.describe(witness) + " for automatic failover (open TCP 7022 on it)";
		drafts.add(pool, database == PoolDatabase.CHAT ? "mirror" : "compliance-mirror")
				.on(shellMachine(pool)).why(Rules.BACKUP_SAME_AS_STORE)
				.because("sql-mirroring", "SQL Server mirroring of a Persistent Chat database is set up with"
						+ " Install-CsMirrorDatabase (or Topology Builder when publishing), the witness with it; the primary,"
						+ " the mirror and the witness run the same SQL Server version, the primary and the mirror the same"
						+ " edition, and their SQL Server service accounts read and write the mirroring file share.")
				.todo("Mirror the " + database.label() + " (" + database.databaseName() + ") of " + Deployment.fqdn(pool)
						+ " from " + Deployment.describe(store) + " to " + Deployment.describe(mirror) + watched
						+ ": create a file share both SQL Server service accounts can read and write, open TCP 5022"
						+ " (mirroring) on both, then run Install-CsMirrorDatabase")
				.ifDeployed("Check that the " + database.label() + " (" + database.databaseName() + ") of "
						+ Deployment.fqdn(pool) + " is mirrored from " + Deployment.describe(store) + " to "
						+ Deployment.describe(mirror) + watched)
				.run("Install-CsMirrorDatabase -DatabaseType " + type + " -SqlServerFqdn " + Commands.arg(primary)
						+ instanceArgument(store) + " -FileShare '<mirroring file share>' -DropExistingDatabasesOnMirror"
						+ " -Verbose")
				.check(Commands.sql(primary, Deployment.name(store), "SELECT DB_NAME(database_id) AS DatabaseName,"
						+ " mirroring_role_desc, mirroring_state_desc, mirroring_partner_instance, mirroring_witness_name"
						+ " FROM sys.database_mirroring WHERE mirroring_guid IS NOT NULL"));
	}

	private void addLogShipping(Drafts drafts, PersistentChatPool pool, String topic, String database, Instance from,
			Instance to, String source, String requirement) {
		String primary = Deployment.fqdn(from.eContainer());
		String secondary = Deployment.fqdn(to.eContainer());
		drafts.add(pool, topic).on(primary).why(Rules.BACKUP_SAME_AS_STORE).because(source, requirement)
				.todo("Ship the transaction logs of " + database + " from " + Deployment.describe(from) + " to the backup store "
						+ Deployment.describe(to) + ": with SQL Server Agent running on both, in SQL Server Management"
						+ " Studio on the primary open " + database + "'s Properties, Transaction Log Shipping, enable it as primary with"
						+ " the backup share " + SHARE + ", add the secondary with a full backup restored into it, restore in"
						+ " No recovery mode with a delay of 0 minutes")
				.ifDeployed("Check that the transaction logs of " + database + " are shipped from " + Deployment.describe(from)
						+ " to the backup store " + Deployment.describe(to))
				.check(Commands.sql(primary, Deployment.name(from),
						"SELECT primary_database, backup_share FROM msdb.dbo.log_shipping_primary_databases"),
						Commands.sql(secondary, Deployment.name(to), "SELECT secondary_database, restore_mode,"
								+ " last_restored_file FROM msdb.dbo.log_shipping_secondary_databases"));
	}

	/** The failover runbook, as Microsoft orders it; only for pools with a backup store. */
	void addFailover(Drafts drafts, PersistentChatPool pool) {
		Instance backup = resolved(pool.getBackup());
		if (backup == null) {
			return;
		}
		String fqdn = Deployment.fqdn(pool);
		String host = Deployment.fqdn(backup.eContainer());
		String name = Deployment.name(backup);
		String shell = shellMachine(pool);
		String source = "failing-over";
		if (resolved(pool.getCompliance()) != null) {
			drafts.add(pool, "failover-compliance").because(source, "The compliance database (mgccomp) is not failed over:"
					+ " its contents are transient and purged as the compliance adapter processes them.")
					.step("Failover, before step 1: the compliance database (mgccomp) of " + fqdn + " is not failed over; secure"
							+ " the compliance adapter's output so that no compliance data is lost");
		}
		step(drafts, pool, "failover-1", host, source, "Remove log shipping from the backup mgc database on " + host + "\\" + name)
				.run(Commands.sqlOn(host, name, "master", "EXEC sp_delete_log_shipping_secondary_database mgc"));
		step(drafts, pool, "failover-2", host, source, "Copy the backup files not yet copied from " + SHARE
				+ " to the copy destination folder of " + host);
		step(drafts, pool, "failover-3", host, source, "Apply the transaction log backups not yet applied to mgc on "
				+ host + "\\" + name + ", in sequence")
				.run(Commands.sqlOn(host, name, "master", "RESTORE LOG mgc FROM DISK = N'<log backup file>' WITH NORECOVERY"));
		step(drafts, pool, "failover-4", host, source, "Bring the backup mgc database online: end the connections to"
				+ " mgc, then restore it with recovery")
				.run(Commands.sqlOn(host, name, "master", "EXEC sp_who2"), Commands.sqlOn(host, name, "master", "KILL <spid>"),
						Commands.sqlOn(host, name, "master", "RESTORE DATABASE mgc WITH RECOVERY"));
		step(drafts, pool, "failover-5", shell, source, "Fail " + fqdn + " over to the backup mgc database, which now"
				+ " serves as its primary")
				.run("Set-CsPersistentChatState -Identity " + Commands.quote("service:" + fqdn) + " -PoolState FailedOver")
				.check("Get-CsPersistentChatState -Identity " + Commands.quote("service:" + fqdn));
		step(drafts, pool, "failover-6", shell, source, "If the backup store has a mirror, mirror the new primary ("
				+ host + "\\" + name + ") to it; this is not the mirror the original primary had")
				.run("Install-CsMirrorDatabase -DatabaseType PersistentChat -SqlServerFqdn " + Commands.arg(host)
						+ instanceArgument(backup) + " -FileShare '<mirroring file share>' -DropExistingDatabasesOnMirror");
		step(drafts, pool, "failover-7", shell, source, "Make the servers in the backup store's data center (low latency"
				+ " to it) the active servers of " + fqdn)
				.run(activeServers(pool, "Replace", serversNear(pool, backup)))
				.check("Get-CsService -Identity " + Commands.quote("PersistentChatServer:" + fqdn) + " | Format-List ActiveServers");
	}

	/** The failback runbook, once the primary data center is rebuilt and its databases reinstalled. */
	void addFailback(Drafts drafts, PersistentChatPool pool) {
		Instance store = resolved(pool.getStore());
		Instance backup = resolved(pool.getBackup());
		if (store == null || backup == null) {
			return;
		}
		String fqdn = Deployment.fqdn(pool);
		String shell = shellMachine(pool);
		String backupHost = Deployment.fqdn(backup.eContainer());
		String primaryHost = Deployment.fqdn(store.eContainer());
		String source = "failing-back";
		step(drafts, pool, "failback-1", shell, source, "Clear the active servers of " + fqdn + ", so that no server"
				+ " connects to mgc or mgccomp during failback")
				.run(activeServers(pool, "Remove", serversNear(pool, backup)));
		step(drafts, pool, "failback-2", backupHost, source, "Remove mirroring from the backup mgc database (and mgccomp,"
				+ " if mirrored) on " + backupHost + "\\" + Deployment.name(backup))
				.run(Commands.sqlOn(backupHost, Deployment.name(backup), "master", "ALTER DATABASE mgc SET PARTNER OFF"));
		step(drafts, pool, "failback-3", backupHost, source, "Back up the backup mgc database in full to the log shipping"
				+ " share, which the primary reaches too")
				.run(Commands.sqlOn(backupHost, Deployment.name(backup), "master",
						"BACKUP DATABASE mgc TO DISK = N'" + SHARE + "\\mgc.bak' WITH INIT"));
		step(drafts, pool, "failback-4", primaryHost, source, "Restore that backup over mgc on " + primaryHost + "\\"
				+ Deployment.name(store) + ", leaving it ready to use")
				.run(Commands.sqlOn(primaryHost, Deployment.name(store), "master",
						"RESTORE DATABASE mgc FROM DISK = N'" + SHARE + "\\mgc.bak' WITH REPLACE, RECOVERY"));
		step(drafts, pool, "failback-5", primaryHost, source, "Set up log shipping from the primary mgc to the backup"
				+ " store again, as during deployment");
		step(drafts, pool, "failback-6", shell, source, "Make the servers in the primary data center the active servers"
				+ " of " + fqdn + " again")
				.run(activeServers(pool, "Replace", serversNear(pool, store)));
		step(drafts, pool, "failback-7", shell, source, "Return " + fqdn + " to its normal state")
				.run("Set-CsPersistentChatState -Identity " + Commands.quote("service:" + fqdn) + " -PoolState Normal")
				.check("Get-CsPersistentChatState -Identity " + Commands.quote("service:" + fqdn));
	}

	private ItemDraft step(Drafts drafts, PersistentChatPool pool, String topic, String machine, String source,
			String text) {
		String page = source.equals("failing-over") ? "Failover is manual and follows the documented order: log"
				+ " shipping off, logs applied, mgc recovered, the pool failed over, a new mirror, the active servers."
				: "Failback restores the primary from the backup and returns the pool to its normal state, in the"
						+ " documented order.";
		// "Failover step 3 of 7": the two runbooks follow each other under the same pool
		String[] parts = topic.split("-");
		String label = (parts[0].equals("failover") ? "Failover" : "Failback") + " step " + parts[1] + " of " + STEPS + ": ";
		return drafts.add(pool, topic).on(machine).because(source, page).step(label + text);
	}

	private static String activeServers(PersistentChatPool pool, String how, List<Server> servers) {
		String list = servers.isEmpty() ? "'<servers in that data center>'"
				: String.join(",", servers.stream().map(server -> Commands.quote(Deployment.fqdn(server))).toList());
		return "Set-CsPersistentChatActiveServer -Identity " + Commands.quote("PersistentChatServer:" + Deployment.fqdn(pool))
				+ " -ActiveServers @{" + how + "=" + list + "}";
	}

	/**
	 * The servers in the data center of a database's SQL server, where the topology writes data
	 * centers; otherwise, by the stretched pool's convention, the standby servers for the backup store
	 * and the active ones for the primary.
	 */
	private static List<Server> serversNear(PersistentChatPool pool, Instance database) {
		EObject machine = database.eContainer();
		if (Machines.datacenter(machine) != null) {
			List<Server> near = pool.getServers().stream().filter(server -> Machines.inSameDatacenter(server, machine)).toList();
			if (!near.isEmpty()) {
				return near;
			}
		}
		boolean primary = database == pool.getStore();
		return pool.getServers().stream().filter(server -> Deployment.isActive(server) == primary).toList();
	}

	/** Lync Server Management Shell commands run on the next hop, which has it. */
	private static String shellMachine(PersistentChatPool pool) {
		EObject frontEnd = pool.getNextHop() == null || pool.getNextHop().eIsProxy() ? null
				: Deployment.firstMachineOf(pool.getNextHop());
		return frontEnd == null ? null : Deployment.fqdn(frontEnd);
	}

	private static String instanceArgument(Instance instance) {
		String name = Deployment.name(instance);
		return "MSSQLSERVER".equalsIgnoreCase(name) ? "" : " -SqlInstanceName " + Commands.arg(name);
	}

	private static Instance resolved(Instance instance) {
		return instance == null || instance.eIsProxy() ? null : instance;
	}
}
