package org.pcchat.dsl.model;

import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.PERSISTENT_CHAT_POOL__BACKUP;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.PERSISTENT_CHAT_POOL__COMPLIANCE;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.PERSISTENT_CHAT_POOL__COMPLIANCE_BACKUP;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.PERSISTENT_CHAT_POOL__COMPLIANCE_MIRROR;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.PERSISTENT_CHAT_POOL__MIRROR;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.PERSISTENT_CHAT_POOL__STORE;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.PERSISTENT_CHAT_POOL__WITNESS;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EReference;
import org.pcchat.dsl.pctopo.Instance;
import org.pcchat.dsl.pctopo.PersistentChatPool;

/**
 * A Persistent Chat database of a pool with its copies
 * (https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-required-resources-for-persistent-chat-server):
 * the chat database (mgc, the
 * {@code store}) with the pool-level {@code mirror}, {@code backup} and {@code witness}, and the
 * compliance database (mgccomp) with the {@code mirror} and {@code backup} written after
 * {@code compliance}. Each role names the reference that holds it, so that a check can mark it.
 */
public enum PoolDatabase {

	CHAT("chat database", "mgc", PERSISTENT_CHAT_POOL__STORE, PERSISTENT_CHAT_POOL__MIRROR, PERSISTENT_CHAT_POOL__BACKUP,
			PERSISTENT_CHAT_POOL__WITNESS),
	COMPLIANCE("compliance database", "mgccomp", PERSISTENT_CHAT_POOL__COMPLIANCE,
			PERSISTENT_CHAT_POOL__COMPLIANCE_MIRROR, PERSISTENT_CHAT_POOL__COMPLIANCE_BACKUP, null);

	private final String label;
	private final String databaseName;
	private final EReference primary;
	private final EReference mirror;
	private final EReference backup;
	private final EReference witness;

	PoolDatabase(String label, String databaseName, EReference primary, EReference mirror, EReference backup,
			EReference witness) {
		this.label = label;
		this.databaseName = databaseName;
		this.primary = primary;
		this.mirror = mirror;
		this.backup = backup;
		this.witness = witness;
	}

	/** As messages name it: "chat database", "compliance database". */
	public String label() {
		return label;
	}

	/** As the checklist names it, with its SQL Server database: "chat database (mgc)". */
	public String labelWithDatabaseName() {
		return label + " (" + databaseName + ")";
	}

	/** The SQL Server database: mgc or mgccomp. */
	public String databaseName() {
		return databaseName;
	}

	public EReference primaryReference() {
		return primary;
	}

	public EReference mirrorReference() {
		return mirror;
	}

	public EReference backupReference() {
		return backup;
	}

	/** The witness of the database's mirroring; null for the compliance database, which has none. */
	public EReference witnessReference() {
		return witness;
	}

	/** The references of every role the database has, primary first. */
	public List<EReference> references() {
		List<EReference> result = new ArrayList<>(List.of(primary, mirror, backup));
		if (witness != null) {
			result.add(witness);
		}
		return result;
	}

	/** The role {@code reference} gives its instance, as messages name it: "mirror of the chat database". */
	public String role(EReference reference) {
		if (reference == primary) {
			return label;
		}
		if (reference == mirror) {
			return "mirror of the " + label;
		}
		if (reference == backup) {
			return "backup store of the " + label;
		}
		if (reference != null && reference == witness) {
			return "witness of the " + label + "'s mirroring";
		}
		throw new IllegalArgumentException("not a reference of the " + label + ": " + reference);
	}

	/** The database one of whose roles {@code reference} holds. */
	public static PoolDatabase of(EReference reference) {
		for (PoolDatabase database : values()) {
			if (database.references().contains(reference)) {
				return database;
			}
		}
		throw new IllegalArgumentException("not a database reference: " + reference);
	}

	/** The primary instance; null when it is not written or does not resolve (PC002 reports that). */
	public Instance primary(PersistentChatPool pool) {
		return resolved(pool, primary);
	}

	public Instance mirror(PersistentChatPool pool) {
		return resolved(pool, mirror);
	}

	public Instance backup(PersistentChatPool pool) {
		return resolved(pool, backup);
	}

	public Instance witness(PersistentChatPool pool) {
		return witness == null ? null : resolved(pool, witness);
	}

	/** The instance a reference of the pool names; null when absent or unresolved. */
	public static Instance resolved(PersistentChatPool pool, EReference reference) {
		Object target = pool.eGet(reference, true);
		return target instanceof Instance instance && !instance.eIsProxy() ? instance : null;
	}

	/**
	 * The references of the pool that hold a Persistent Chat database (every primary, mirror and backup;
	 * not the witness, which holds none).
	 */
	public static List<EReference> databaseReferences() {
		List<EReference> result = new ArrayList<>();
		for (PoolDatabase database : values()) {
			result.add(database.primary);
			result.add(database.mirror);
			result.add(database.backup);
		}
		return result;
	}
}
