package org.pcchat.dsl.generator;

import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.SQL_INSTALLATION__EDITION;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.SQL_INSTALLATION__SERVICE_PACK;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.pcchat.dsl.model.Values;
import org.pcchat.dsl.pctopo.Instance;
import org.pcchat.dsl.pctopo.SqlInstallation;
import org.pcchat.dsl.pctopo.SqlServer;
import org.pcchat.dsl.validation.Rules;
import org.pcchat.dsl.validation.Support;

/**
 * Items of the database servers (DOMAIN.md 1.1, 1.4, 1.5): the SQL Server installation, hardware
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
		Values.sqlVersion(sql).flatMap(deployment.profile::sql).ifPresent(support -> citeConditions(item, support));
		String installation = describe(sql);
		if (Values.sqlEdition(sql).isPresent()) {
			item.todo("Install " + installation + ", on " + host);
		} else {
			item.verify("Install " + installation + ", on " + host + "; the topology does not name the edition, so check"
					+ " it is Standard or Enterprise, 64-bit");
		}
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
		String version = Values.sqlVersion(sql).map(known -> known.getLiteral().replaceFirst("^SQL", "SQL Server ")
				.replaceFirst("R2$", " R2")).orElse("SQL Server " + sql.getVersion());
		String servicePack = Values.servicePack(sql.getServicePack()) > 0 ? " SP" + sql.getServicePack() : "";
		String edition = sql.getEdition() != null
				? " " + Values.sqlEdition(sql).map(Object::toString).orElse(sql.getEdition()) + " edition" : "";
		return version + servicePack + edition + (sql.isX86() ? ", 32-bit (x86)" : ", 64-bit");
	}

	/** An SQL instance and what the topology keeps in it; also a Standard Edition server's local one. */
	void addInstance(Drafts drafts, Instance instance) {
		EObject machine = instance.eContainer();
		String host = Deployment.fqdn(machine);
		List<String> uses = deployment.usesOf(instance);
		String holding = uses.isEmpty() ? "; no database of this topology uses it" : " for the " + String.join(", the ", uses);
		ItemDraft item = drafts.add(instance, "instance").on(host)
				.todo("Create SQL Server instance " + Deployment.name(instance) + " on " + host + holding
						+ (instance.isAlwaysOn() ? "; it is in an AlwaysOn availability group" : ""))
				.check(Commands.sql(host, Deployment.name(instance), INSTANCE_QUERY));
		if (deployment.isFrontEndBackEnd(instance)) {
			item.why(Rules.BACKEND_SERVER_SHARED);
		}
		if (deployment.holdsChatDatabases(instance) || uses.isEmpty()) {
			item.why(Rules.DATABASE_INSTANCE_SHARED, Rules.DATABASE_ON_ALWAYS_ON);
		}
		if (deployment.holdsChatDatabases(instance) && deployment.isFrontEndBackEnd(instance)) {
			item.why(Rules.STORE_ON_BACKEND);
		}
	}

	/** Install-CsDatabase reads the published topology and creates what it configures for one SQL server. */
	void addInstallation(Drafts drafts, EObject host) {
		String fqdn = Deployment.fqdn(host);
		List<String> databases = new ArrayList<>();
		List<String> tests = new ArrayList<>();
		for (Deployment.Database database : deployment.databasesOn(host)) {
			// a mirror is set up from its primary with Install-CsMirrorDatabase, not installed here
			if (!database.what().equals("mirror")) {
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
				.run("Install-CsDatabase -ConfiguredDatabases -SqlServerFqdn " + Commands.arg(fqdn))
				.check(tests.stream().distinct().toList());
	}

	private static String test(String fqdn, Instance instance, String type) {
		String name = Deployment.name(instance);
		String instanceArgument = "MSSQLSERVER".equalsIgnoreCase(name) ? "" : " -SqlInstanceName " + Commands.arg(name);
		return "Test-CsDatabase -DatabaseType " + type + " -SqlServerFqdn " + Commands.arg(fqdn) + instanceArgument;
	}
}
