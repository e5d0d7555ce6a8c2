package org.pcchat.dsl.validation;

import static org.pcchat.dsl.model.ElementKinds.label;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.pcchat.dsl.model.Machines;
import org.pcchat.dsl.model.PoolDatabase;
import org.pcchat.dsl.pctopo.Instance;
import org.pcchat.dsl.pctopo.PersistentChatPool;
import org.pcchat.dsl.rules.Rules;

/**
 * High availability and disaster recovery of a pool's databases
 * (https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-configuring-persistent-chat-server-for-high-availability-and-disaster-recovery):
 * where the mirror,
 * the backup store (the log shipping secondary) and the witness of the chat database and of the
 * compliance database live relative to their primary. A copy protects only against the failures it
 * does not share with its primary: the instance (PC309), the SQL server (PC318, PC220) and, for a
 * backup store, the data center (PC220).
 */
public class RecoveryValidator extends PctopoConcernValidator {

	// configuring-persistent-chat-server-for-high-availability-and-disaster-recovery: a copy on the
	// primary's own instance protects nothing.
	@Check
	public void checkCopiesDifferFromPrimary(PersistentChatPool pool) {
		for (PoolDatabase database : PoolDatabase.values()) {
			Instance primary = database.primary(pool);
			for (EReference copy : List.of(database.mirrorReference(), database.backupReference())) {
				if (primary != null && PoolDatabase.resolved(pool, copy) == primary) {
					report(Rules.BACKUP_SAME_AS_STORE, label(pool) + " has the " + database.role(copy) + " on "
							+ label(primary) + ", the instance of the " + database.label() + " itself, where it protects"
							+ " nothing: use another instance, on another SQL server", pool, copy);
				}
			}
		}
	}

	// required-resources: the mirror and the log shipping secondary are separate copies, each on its own instance.
	@Check
	public void checkMirrorAndBackupDiffer(PersistentChatPool pool) {
		for (PoolDatabase database : PoolDatabase.values()) {
			Instance mirror = database.mirror(pool);
			if (mirror != null && mirror == database.backup(pool)) {
				EReference second = later(pool, database.mirrorReference(), database.backupReference());
				report(Rules.MIRROR_SAME_AS_BACKUP, label(pool) + " names " + label(mirror) + " as both the mirror and"
						+ " the backup store of its " + database.label() + "; the mirror and the log shipping secondary are"
						+ " separate copies on separate instances: give the " + (second == database.backupReference()
								? "backup store" : "mirror") + " another instance", pool, second);
			}
		}
	}

	// sql-mirroring: a mirror on its primary's SQL server fails with it.
	@Check
	public void checkMirrorOnAnotherServer(PersistentChatPool pool) {
		for (PoolDatabase database : PoolDatabase.values()) {
			Instance primary = database.primary(pool);
			Instance mirror = database.mirror(pool);
			if (primary != null && mirror != null && mirror != primary && sameMachine(primary, mirror)) {
				report(Rules.MIRROR_ON_PRIMARY_SERVER, label(pool) + " mirrors its " + database.label() + " to "
						+ label(mirror) + " on " + label(mirror.eContainer()) + ", which also holds the "
						+ database.label() + " (" + label(primary) + "); the mirror does not survive a failure of that"
						+ " server: put the mirror on another SQL server", pool, database.mirrorReference());
			}
		}
	}

	// high-availability: the backup store is in the other data center of a stretched pool.
	@Check
	public void checkBackupIsSeparate(PersistentChatPool pool) {
		for (PoolDatabase database : PoolDatabase.values()) {
			Instance primary = database.primary(pool);
			Instance backup = database.backup(pool);
			if (primary == null || backup == null || backup == primary) {
				continue; // nothing to judge, or PC309
			}
			String where = sameMachine(primary, backup) ? "on " + label(backup.eContainer()) + " with the "
					+ database.label() + " (" + label(primary) + ")"
					: Machines.inSameDatacenter(primary.eContainer(), backup.eContainer()) ? "in data center '"
							+ Machines.datacenter(backup.eContainer()) + "' with the " + database.label() + " ("
							+ label(primary) + " on " + label(primary.eContainer()) + ")" : null;
			if (where != null) {
				report(Rules.BACKUP_NOT_SEPARATE, label(pool) + " keeps the " + database.role(database.backupReference())
						+ " on " + label(backup) + " " + where + "; a disaster that takes one takes both, so there is no"
						+ " disaster recovery: put the backup store on an SQL server in the other data center", pool,
						database.backupReference());
			}
		}
	}

	// sql-mirroring: a witness watches a mirrored database from a third server, to fail it over automatically.
	@Check
	public void checkWitnessWatchesFromElsewhere(PersistentChatPool pool) {
		PoolDatabase database = PoolDatabase.CHAT;
		Instance witness = database.witness(pool);
		if (witness == null) {
			return;
		}
		Instance primary = database.primary(pool);
		Instance mirror = database.mirror(pool);
		if (mirror == null) {
			if (PoolDatabase.resolved(pool, database.mirrorReference()) == null
					&& pool.eIsSet(database.mirrorReference())) {
				return; // the mirror is written but does not resolve: PC002
			}
			report(Rules.WITNESS_MISPLACED, label(pool) + " has a witness (" + label(witness) + ") but its "
					+ database.label() + " has no mirror; a witness only watches a mirrored database to fail it over"
					+ " automatically: add a mirror, or remove the witness", pool, database.witnessReference());
			return;
		}
		List<String> watched = new ArrayList<>();
		if (primary != null && sameMachine(witness, primary)) {
			watched.add("the " + database.label() + " (" + label(primary) + ")");
		}
		if (sameMachine(witness, mirror)) {
			watched.add("its mirror (" + label(mirror) + ")");
		}
		if (!watched.isEmpty()) {
			report(Rules.WITNESS_MISPLACED, "The witness of " + label(pool) + ", " + label(witness) + ", is on "
					+ label(witness.eContainer()) + " with " + String.join(" and ", watched) + "; when that server fails,"
					+ " the witness fails with it and cannot fail the database over: put the witness on a third server",
					pool, database.witnessReference());
		}
	}

	private static boolean sameMachine(Instance one, Instance other) {
		return one.eContainer() != null && one.eContainer() == other.eContainer();
	}

	/** Of two written references, the one written later in the text (the second, when there is no text). */
	private static EReference later(EObject owner, EReference first, EReference second) {
		return offset(owner, first) > offset(owner, second) ? first : second;
	}

	private static int offset(EObject owner, EReference reference) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, reference);
		return nodes.isEmpty() ? -1 : nodes.get(0).getOffset();
	}
}
