package org.pcchat.dsl.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.pcchat.dsl.model.SqlEdition;
import org.pcchat.dsl.model.Values;
import org.pcchat.dsl.pctopo.Instance;
import org.pcchat.dsl.pctopo.SqlInstallation;
import org.pcchat.dsl.pctopo.SqlServer;
import org.pcchat.dsl.pctopo.StandardServer;
import org.pcchat.dsl.product.Support;
import org.pcchat.dsl.rules.Rules;

/**
 * Items of the database servers
 * (https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-database-software-support):
 * the SQL Server installation, hardware
 * and instances of each SQL server, and the installation of the Persistent Chat databases.
 */
final class DatabaseItems {

	private static final String VERSION_QUERY = "SELECT SERVERPROPERTY('ProductVersion') AS Version,"
			+ " SERVERPROPERTY('ProductLevel') AS Level, SERVERPROPERTY('Edition') AS Edition";
	private static final String INSTANCE_QUERY = "SELECT SERVERPROPERTY('InstanceName') AS Instance,"
			+ " SERVERPROPERTY('IsHadrEnabled') AS AlwaysOn";

	private final Deployment deployment;

	DatabaseItems(Deployment deployment) {
		this.deployment = deployment;
	}

	void addSqlServer(Drafts drafts, SqlServer server) {
		addInstallation(drafts, server);
		if (deployment.hostsChatDatabases(server)) {
			// PC308 and PC502 judge the servers of Persistent Chat databases only; PC503 every machine.
			HardwareItems.add(drafts, server, server.getHardware(), Deployment.osOf(server.getOs()), Rules.DATABASE_SERVER_HARDWARE,
					Rules.MULTI_HOMED, Rules.ARCHITECTURE_NOT_X64);
		} else {
			HardwareItems.add(drafts, server, server.getHardware(), Deployment.osOf(server.getOs()), Rules.ARCHITECTURE_NOT_X64);
		}
		server.getInstances().forEach(instance -> addInstance(drafts, instance));
	}

	private void addInstallation(Drafts drafts, SqlServer server) {
		String host = Deployment.fqdn(server);
		String firstInstance = server.getInstances().isEmpty() ? null : Deployment.name(server.getInstances().get(0));
		ItemDraft item = drafts.add(server, "sql").on(host).why(Rules.SQL_VERSION_UNSUPPORTED, Rules.SQL_EDITION_UNSUPPORTED,
				Rules.SQL_32_BIT).check(Commands.sql(host, firstInstance, VERSION_QUERY));
		SqlInstallation sql = server.getSql();
		String choices = deployment.profile.describeSqlChoices();
		if (sql == null) {
			item.verify("The topology does not say which SQL Server runs on " + host + ": check it is one that "
					+ deployment.profile.displayName() + " supports (" + choices + "), Standard or Enterprise edition, 64-bit")
					.why(Rules.CUMULATIVE_UPDATE_REQUIRED);
			return;
		}
		Optional<Support> support = Values.sqlVersion(sql).flatMap(deployment.profile::sql);
		support.ifPresent(supported -> citeConditions(item, supported));
		String installation = describe(sql);
		String version = humanVersion(sql);
		// an unknown edition is PC006's, not judged here
		boolean editionSupported = Values.sqlEdition(sql)
				.map(edition -> edition == SqlEdition.STANDARD || edition == SqlEdition.ENTERPRISE).orElse(true);
		String given = "; the topology gives " + installation;
		item.ifDeployed("Check that " + host + " runs " + installation);
		// a flagged installation says what to install instead, never the unsupported one
		if (support.isEmpty()) {
			item.todo("Install a SQL Server version " + deployment.profile.displayName() + " supports ("
					+ Commands.humanChoices(choices) + "), Standard or Enterprise edition, 64-bit, on " + host + given);
		} else if (support.get().lacksServicePack(servicePack(sql))) {
			item.todo("Install Service Pack " + support.get().servicePack() + " for " + version + " on " + host + given);
		} else if (!editionSupported || sql.isX86()) {
			item.todo("Install " + version + " Standard or Enterprise edition, 64-bit, on " + host + given);
		} else if (Values.sqlEdition(sql).isPresent()) {
			item.todo("Install " + installation + ", on " + host);
		} else {
			item.verify("Install " + installation + ", on " + host + "; the topology does not name "
					+ (sql.getEdition() == null ? "the edition" : "an edition pcchat knows") + ", so check"
					+ " it is Standard or Enterprise, 64-bit");
		}
	}

	private static int servicePack(SqlInstallation sql) {
		return Values.servicePack(sql.getServicePack());
	}

	/** "SQL Server 2008 R2"; a version pcchat does not know as written. */
	private static String humanVersion(SqlInstallation sql) {
		return Values.sqlVersion(sql).map(known -> Commands.humanVersion(known.getLiteral()))
				.orElse("SQL Server " + (sql.getVersion() == null ? "" : sql.getVersion())).strip();
	}

	/** PC310 and PC311 concern only the versions the product supports with a caveat or from an update. */
	private static void citeConditions(ItemDraft item, Support support) {
		if (support.hasCaveat()) {
			item.why(Rules.SQL2019_NOT_LISTED);
		}
		if (support.cumulativeUpdate() > 0) {
			item.why(Rules.CUMULATIVE_UPDATE_REQUIRED);
		}
	}

	/** "SQL Server 2008 R2 SP3 Standard edition, 64-bit". */
	private static String describe(SqlInstallation sql) {
		String version = humanVersion(sql);
		String servicePack = servicePack(sql) > 0 ? " SP" + sql.getServicePack() : "";
		String edition = sql.getEdition() == null ? ""
				: " " + Values.sqlEdition(sql).map(SqlEdition::getLiteral).orElse(sql.getEdition()) + " edition";
		return version + servicePack + edition + (sql.isX86() ? ", 32-bit (x86)" : ", 64-bit");
	}

	/** An SQL instance and what the topology keeps in it; also a Standard Edition server's local one. */
	void addInstance(Drafts drafts, Instance instance) {
		EObject machine = instance.eContainer();
		String host = Deployment.fqdn(machine);
		List<String> uses = deployment.usesOf(instance);
		String holding = uses.isEmpty() ? "; no database of this topology uses it" : " for the " + String.join(", the ", uses);
		String name = Deployment.name(instance);
		ItemDraft item = drafts.add(instance, "instance").on(host).check(Commands.sql(host, name, INSTANCE_QUERY));
		if (machine instanceof StandardServer) {
			// Setup of the Standard Edition server creates its back end (RTC) and local instances
			item.verify("Check that instance " + name + " of Standard Edition server " + host + " runs (Setup of the"
					+ " Standard Edition server creates it, with the local instances RTCLOCAL and LYNCLOCAL)" + holding);
		} else if (isLocalInstance(name)) {
			item.verify("Instance " + name + " on " + host + " is one of the local instances Lync Server Setup creates on"
					+ " every Lync server; they are not reachable from other servers and hold no Persistent Chat database:"
					+ " do not create it" + holding);
		} else {
			item.todo("Create SQL Server instance " + name + " on " + host + holding
					+ (instance.isAlwaysOn() ? "; it is in an AlwaysOn availability group" : ""))
					.ifDeployed("Check that SQL Server instance " + name + " runs on " + host + holding);
		}
		if (deployment.isFrontEndBackEnd(instance)) {
			item.why(Rules.BACKEND_SERVER_SHARED);
		}
		if (deployment.holdsChatDatabases(instance) || uses.isEmpty()) {
			item.why(Rules.DATABASE_INSTANCE_SHARED, Rules.DATABASE_ON_ALWAYS_ON);
		}
		if (!uses.isEmpty() && !deployment.holdsChatDatabases(instance) && !deployment.isFrontEndBackEnd(instance)) {
			item.because("sql-mirroring", "A witness instance watches the mirroring and fails it over automatically; it"
					+ " runs the same SQL Server version as the primary and the mirror.");
		}
		if (deployment.holdsChatDatabases(instance) && deployment.isFrontEndBackEnd(instance)) {
			item.why(Rules.STORE_ON_BACKEND);
		}
		if (instance.isAlwaysOn()) {
			item.why(Rules.ALWAYS_ON_UNSUPPORTED);
		}
	}

	/** RTCLOCAL and LYNCLOCAL: Setup makes them on every Lync server; instance names are case-insensitive. */
	static boolean isLocalInstance(String name) {
		return "RTCLOCAL".equalsIgnoreCase(name) || "LYNCLOCAL".equalsIgnoreCase(name);
	}

	/** Install-CsDatabase reads the published topology and creates what it configures for one SQL server. */
	void addInstallation(Drafts drafts, EObject host) {
		String fqdn = Deployment.fqdn(host);
		List<String> databases = new ArrayList<>();
		List<String> tests = new ArrayList<>();
		boolean deployed = true;
		for (Deployment.Database database : deployment.databasesOn(host)) {
			deployed &= Deployment.isExisting(database.pool());
			// a mirror is set up from its primary with Install-CsMirrorDatabase, not installed here
			if (!database.what().equals(Deployment.MIRROR) && !database.what().equals(Deployment.COMPLIANCE_MIRROR)) {
				databases.add(database.what() + " of " + Deployment.name(database.pool()) + " on "
						+ Deployment.name(database.instance()));
				tests.add(test(fqdn, database.instance(), database.what().startsWith("compliance")
						? "PersistentChatCompliance" : "PersistentChat"));
			}
		}
		if (databases.isEmpty()) {
			return;
		}
		drafts.add(host, "install").on(fqdn)
				.todo("Install the Persistent Chat databases the published topology configures on " + fqdn + ": "
						+ String.join("; ", databases))
				.why(Rules.DATABASE_INSTANCE_SHARED, Rules.DATABASE_ON_ALWAYS_ON, Rules.BACKUP_SAME_AS_STORE)
				.deployed(deployed)
				.ifDeployed("Check the Persistent Chat databases of the existing pools on " + fqdn + ": "
						+ String.join("; ", databases))
				.run("Install-CsDatabase -ConfiguredDatabases -SqlServerFqdn " + Commands.arg(fqdn))
				.check(tests.stream().distinct().toList());
	}

	private static String test(String fqdn, Instance instance, String type) {
		String name = Deployment.name(instance);
		String instanceArgument = "MSSQLSERVER".equalsIgnoreCase(name) ? "" : " -SqlInstanceName " + Commands.arg(name);
		return "Test-CsDatabase -DatabaseType " + type + " -SqlServerFqdn " + Commands.arg(fqdn) + instanceArgument;
	}
}
