package org.pcchat.dsl.validation;

import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.FRONT_END_POOL__BACKEND;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.INSTANCE__ALWAYS_ON;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.PERSISTENT_CHAT_POOL__BACKUP;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.PERSISTENT_CHAT_POOL__COMPLIANCE;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.PERSISTENT_CHAT_POOL__MIRROR;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.PERSISTENT_CHAT_POOL__STORE;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.SQL_INSTALLATION__EDITION;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.SQL_INSTALLATION__VERSION;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.SQL_INSTALLATION__X86;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.pcchat.dsl.model.ElementKinds;
import org.pcchat.dsl.model.PoolDatabase;
import org.pcchat.dsl.model.Roles;
import org.pcchat.dsl.model.SqlEdition;
import org.pcchat.dsl.model.SqlVersion;
import org.pcchat.dsl.model.Values;
import org.pcchat.dsl.pctopo.FrontEndPool;
import org.pcchat.dsl.pctopo.Instance;
import org.pcchat.dsl.pctopo.PersistentChatPool;
import org.pcchat.dsl.pctopo.SqlInstallation;
import org.pcchat.dsl.pctopo.StandardServer;
import org.pcchat.dsl.pctopo.Topology;
import org.pcchat.dsl.product.CumulativeUpdates;
import org.pcchat.dsl.product.ProductProfile;
import org.pcchat.dsl.product.ProductProfiles;
import org.pcchat.dsl.product.Support;
import org.pcchat.dsl.rules.Rules;

import com.google.inject.Inject;

/**
 * Database servers and where the Persistent Chat databases live: SQL Server versions per product,
 * editions and 64-bit
 * (https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-database-software-support),
 * and instances shared between pools and roles
 * (https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-components-and-topologies-for-persistent-chat-server).
 * Every SQL server of the topology is judged, also one that only holds a Front End back end.
 */
public class DatabaseValidator extends PctopoConcernValidator {

	private static final Set<SqlEdition> SUPPORTED_EDITIONS = Set.of(SqlEdition.STANDARD, SqlEdition.ENTERPRISE);

	/** The local SQL Express instances of every Lync server (docs/rules.md#pc316), upper case. */
	private static final Set<String> LOCAL_INSTANCES = Set.of("RTCLOCAL", "LYNCLOCAL");

	/** A Standard Edition server's back-end SQL Express instance. */
	private static final String STANDARD_EDITION_INSTANCE = "RTC";

	/** The databases of a Persistent Chat pool, as messages name them. */
	private static final Map<EReference, String> DATABASES = new LinkedHashMap<>();
	static {
		DATABASES.put(PERSISTENT_CHAT_POOL__STORE, PoolDatabase.CHAT.label() + " (store)");
		DATABASES.put(PERSISTENT_CHAT_POOL__COMPLIANCE, PoolDatabase.COMPLIANCE.label());
		DATABASES.put(PERSISTENT_CHAT_POOL__BACKUP, "backup store");
		DATABASES.put(PERSISTENT_CHAT_POOL__MIRROR, "mirror");
	}

	@Inject
	private ProductProfiles profiles;

	// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-database-software-support;
	// per product: the profile table (ProductProfiles).
	@Check
	public void checkSqlVersionSupported(SqlInstallation sql) {
		Optional<SqlVersion> version = Values.sqlVersion(sql);
		Optional<ProductProfile> known = profiles.knownProfileOf(sql);
		if (version.isEmpty() || known.isEmpty()) {
			return; // unknown: PC006
		}
		ProductProfile profile = known.get();
		EObject machine = sql.eContainer();
		// data: the SQL version literals the product supports, oldest first (the quick fix offers them)
		String[] choices = profile.sqlLiterals().toArray(String[]::new);
		int servicePack = Values.servicePack(sql.getServicePack());
		profile.sql(version.get()).ifPresentOrElse(support -> {
			if (support.lacksServicePack(servicePack)) {
				report(Rules.SQL_VERSION_UNSUPPORTED, VersionMessages.servicePackShortfall(machine, version.get(),
						servicePack, profile, support), sql, SQL_INSTALLATION__VERSION, choices);
			}
		}, () -> report(Rules.SQL_VERSION_UNSUPPORTED, VersionMessages.unsupported(machine, version.get(), profile,
				profile.describeSqlChoices()), sql, SQL_INSTALLATION__VERSION, choices));
	}

	// docs/rules.md#pc310: a version one page lists and another does not (SQL2019 with Skype for Business 2015).
	@Check
	public void checkSqlVersionListedWithoutCaveat(SqlInstallation sql) {
		Values.sqlVersion(sql).ifPresent(version -> profiles.knownProfileOf(sql).ifPresent(profile -> profile
				.sql(version).filter(Support::hasCaveat).ifPresent(support -> report(Rules.SQL2019_NOT_LISTED,
						ElementKinds.label(sql.eContainer()) + " runs " + VersionMessages.describe(version) + " for "
								+ profile.displayName() + ": " + support.caveat(),
						sql, SQL_INSTALLATION__VERSION))));
	}

	// https://learn.microsoft.com/en-us/skypeforbusiness/plan-your-deployment/requirements-for-your-environment/server-requirements:
	// some versions are supported only from a cumulative update of the product.
	@Check
	public void checkSqlCumulativeUpdate(SqlInstallation sql) {
		Values.sqlVersion(sql).ifPresent(version -> profiles.knownProfileOf(sql).ifPresent(profile -> profile
				.sql(version).filter(support -> CumulativeUpdates.lacking(sql, support))
				// data: the cumulative update the product needs, as the number to write after cu
				.ifPresent(support -> report(Rules.CUMULATIVE_UPDATE_REQUIRED,
						VersionMessages.cumulativeUpdateShortfall(sql.eContainer(), version, profile, support),
						sql, SQL_INSTALLATION__VERSION, String.valueOf(support.cumulativeUpdate())))));
	}

	// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-database-software-support:
	// Standard or Enterprise edition. Express is allowed
	// only as a Standard Edition server's local instance, which has no sql line, so on a sqlserver never.
	@Check
	public void checkSqlEditionSupported(SqlInstallation sql) {
		Values.sqlEdition(sql).filter(edition -> !SUPPORTED_EDITIONS.contains(edition)).ifPresent(edition -> {
			String express = edition == SqlEdition.EXPRESS
					? " (Express only as the local instance of a Standard Edition server)" : "";
			report(Rules.SQL_EDITION_UNSUPPORTED, ElementKinds.label(sql.eContainer()) + " runs the "
					+ edition.getLiteral() + " edition of SQL Server; Lync databases need Standard or Enterprise"
					+ " edition" + express + ": install one of them", sql, SQL_INSTALLATION__EDITION);
		});
	}

	// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-database-software-support:
	// 64-bit only.
	@Check
	public void checkSql64Bit(SqlInstallation sql) {
		if (sql.isX86()) {
			report(Rules.SQL_32_BIT, ElementKinds.label(sql.eContainer()) + " runs 32-bit (x86) SQL Server; only"
					+ " 64-bit SQL Server is supported: install the x64 edition", sql, SQL_INSTALLATION__X86);
		}
	}

	// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-components-and-topologies-for-persistent-chat-server:
	// an SQL instance holds at most one Persistent Chat database and one compliance database.
	@Check(CheckType.EXPENSIVE)
	public void checkDatabaseInstancesNotShared(Topology topology) {
		List<PersistentChatPool> pools = Roles.pools(topology);
		reportSecondPoolOnInstance(pools, PERSISTENT_CHAT_POOL__STORE);
		reportSecondPoolOnInstance(pools, PERSISTENT_CHAT_POOL__COMPLIANCE);
	}

	// docs/rules.md#pc305: an SQL server holds the back end of one Front End pool.
	@Check(CheckType.EXPENSIVE)
	public void checkBackEndServerServesOnePool(Topology topology) {
		Map<EObject, FrontEndPool> servedBy = new HashMap<>();
		for (FrontEndPool pool : Roles.siteElements(topology, FrontEndPool.class)) {
			Instance backend = resolved(pool, FRONT_END_POOL__BACKEND);
			FrontEndPool first = backend == null ? null : servedBy.putIfAbsent(backend.eContainer(), pool);
			if (first != null) {
				report(Rules.BACKEND_SERVER_SHARED, ElementKinds.label(pool) + " has its back end on "
						+ ElementKinds.label(backend.eContainer()) + ", which already holds the back end of "
						+ ElementKinds.label(first) + "; an SQL server serves one Front End pool: use another SQL server",
						pool, FRONT_END_POOL__BACKEND);
			}
		}
	}

	// docs/rules.md#pc306: collocating mgc with a Front End back end is supported but not recommended.
	// Per topology, not per pool: looking up the Front End pools for each pool took quadratic time.
	@Check(CheckType.EXPENSIVE)
	public void checkStoreNotOnBackEnd(Topology topology) {
		// Each back end with the first Front End pool on it, once: asking every pool would be quadratic.
		Map<Instance, FrontEndPool> frontEndOf = new HashMap<>();
		for (FrontEndPool frontEnd : Roles.siteElements(topology, FrontEndPool.class)) {
			Instance backend = resolved(frontEnd, FRONT_END_POOL__BACKEND);
			if (backend != null) {
				frontEndOf.putIfAbsent(backend, frontEnd);
			}
		}
		for (PersistentChatPool pool : Roles.pools(topology)) {
			Instance store = resolved(pool, PERSISTENT_CHAT_POOL__STORE);
			FrontEndPool frontEnd = store == null ? null : frontEndOf.get(store);
			if (frontEnd != null) {
				report(Rules.STORE_ON_BACKEND, ElementKinds.label(pool) + " keeps its chat database on "
						+ ElementKinds.label(store) + ", the back end of " + ElementKinds.label(frontEnd) + "; this is"
						+ " supported but not recommended because the chat database grows large: use a separate"
						+ " instance", pool, PERSISTENT_CHAT_POOL__STORE);
			}
		}
	}

	// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-database-software-support:
	// no AlwaysOn availability groups for Persistent Chat.
	@Check
	public void checkDatabasesNotOnAlwaysOn(PersistentChatPool pool) {
		// Every copy that holds a database (the compliance database's mirror and backup too); a witness holds none.
		for (PoolDatabase database : PoolDatabase.values()) {
			for (EReference reference : List.of(database.primaryReference(), database.mirrorReference(),
					database.backupReference())) {
				Instance instance = resolved(pool, reference);
				if (instance != null && instance.isAlwaysOn()) {
					report(Rules.DATABASE_ON_ALWAYS_ON, ElementKinds.label(pool) + " has its " + database.role(reference)
							+ " on " + ElementKinds.label(instance) + ", which is in an AlwaysOn availability group;"
							+ " Persistent Chat databases do not support AlwaysOn: use an instance without alwayson",
							pool, reference);
				}
			}
		}
	}

	// database-software: Lync Server 2013 supports SQL mirroring and clustering, not AlwaysOn (its profile says so).
	@Check
	public void checkAlwaysOnSupported(Instance instance) {
		if (instance.isAlwaysOn()) {
			profiles.knownProfileOf(instance).filter(profile -> !profile.alwaysOn()).ifPresent(profile -> report(
					Rules.ALWAYS_ON_UNSUPPORTED, ElementKinds.label(instance) + " is in an AlwaysOn availability group, which "
							+ profile.displayName() + " does not support (it supports SQL mirroring and clustering):"
							+ " remove alwayson and protect the databases with a mirror",
					instance, INSTANCE__ALWAYS_ON));
		}
	}

	// deploying-persistent-chat: a Standard Edition server keeps the chat database in its SQL Express instance
	// RTC; RTCLOCAL and LYNCLOCAL are every Lync server's own local instances.
	@Check
	public void checkDatabasesNotOnLocalInstances(PersistentChatPool pool) {
		for (EReference reference : PoolDatabase.databaseReferences()) {
			Instance instance = PoolDatabase.resolved(pool, reference);
			if (instance != null && instance.getName() != null
					&& LOCAL_INSTANCES.contains(instance.getName().toUpperCase(Locale.ROOT))) {
				String rtc = rtcOnStandardEdition(instance.eContainer());
				// data: the RTC instance of the Standard Edition server, which the quick fix names instead
				report(Rules.DATABASE_ON_LOCAL_INSTANCE, ElementKinds.label(pool) + " has the "
						+ PoolDatabase.of(reference).role(reference) + " on " + ElementKinds.label(instance) + "; "
						+ instance.getName() + " is a local instance of the Lync server, which other servers cannot"
						+ " reach and which holds no Persistent Chat database: "
						+ (rtc != null ? "use " + rtc + ", the Standard Edition server's database instance"
								: "use a dedicated instance on an SQL server"),
						pool, reference, rtc == null ? new String[0] : new String[] { rtc });
			}
		}
	}

	private void reportSecondPoolOnInstance(List<PersistentChatPool> pools, EReference database) {
		Map<Instance, PersistentChatPool> usedBy = new HashMap<>();
		for (PersistentChatPool pool : pools) {
			Instance instance = resolved(pool, database);
			PersistentChatPool first = instance == null ? null : usedBy.putIfAbsent(instance, pool);
			if (first != null) {
				report(Rules.DATABASE_INSTANCE_SHARED, ElementKinds.label(pool) + " has its " + DATABASES.get(database)
						+ " on " + ElementKinds.label(instance) + ", which already holds the one of "
						+ ElementKinds.label(first) + "; an SQL instance holds at most one Persistent Chat database and one"
								+ " compliance database: use another instance",
						pool, database);
			}
		}
	}

	/** MACHINE.RTC when {@code machine} is a Standard Edition server that declares its RTC instance; else null. */
	private static String rtcOnStandardEdition(EObject machine) {
		if (machine instanceof StandardServer server) {
			for (Instance instance : server.getInstances()) {
				if (STANDARD_EDITION_INSTANCE.equalsIgnoreCase(instance.getName())) {
					return server.getName() + "." + instance.getName();
				}
			}
		}
		return null;
	}

	/** The instance a reference names; null when it is absent or does not resolve (PC002 reports that). */
	private static Instance resolved(EObject owner, EReference reference) {
		Object target = owner.eGet(reference, true);
		return target instanceof Instance instance && !instance.eIsProxy() ? instance : null;
	}
}
