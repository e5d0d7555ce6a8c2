package org.pcchat.dsl.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.pcchat.dsl.model.ElementKinds;
import org.pcchat.dsl.model.PoolDatabase;
import org.pcchat.dsl.pctopo.Instance;
import org.pcchat.dsl.pctopo.PersistentChatPool;
import org.pcchat.dsl.pctopo.Server;

/**
 * What a pool collocated on a Standard Edition server cannot have (PC218), in the order the text
 * writes it: its servers (as {@link Server}s) and the references of its copies and witness (as the
 * {@link EReference}s that hold them).
 */
final class CollocatedPoolExtras {

	/** The copies and the witness, in the order used when there is no text to order by. */
	private static final List<EReference> REFERENCES = List.of(PoolDatabase.CHAT.backupReference(),
			PoolDatabase.CHAT.mirrorReference(), PoolDatabase.CHAT.witnessReference(),
			PoolDatabase.COMPLIANCE.mirrorReference(), PoolDatabase.COMPLIANCE.backupReference());

	private CollocatedPoolExtras() {
	}

	static List<EObject> of(PersistentChatPool pool) {
		List<EObject> extras = new ArrayList<>(pool.getServers());
		for (EReference reference : REFERENCES) {
			if (pool.eIsSet(reference)) {
				extras.add(reference);
			}
		}
		extras.sort(Comparator.comparingInt(extra -> offset(pool, extra)));
		return extras;
	}

	/** "a server 'pc1'", "a backup store of the chat database (SQL instance 'SQLB.BAK')". */
	static String describe(PersistentChatPool pool, EObject extra) {
		if (extra instanceof Server server) {
			return "a server '" + server.getName() + "'";
		}
		EReference reference = (EReference) extra;
		Instance instance = PoolDatabase.resolved(pool, reference);
		return "a " + PoolDatabase.of(reference).role(reference)
				+ (instance == null ? "" : " (" + ElementKinds.label(instance) + ")");
	}

	/** Where the extra is written; without a node model, the order of {@link #of} stands (a stable sort). */
	private static int offset(PersistentChatPool pool, EObject extra) {
		if (extra instanceof EReference reference) {
			List<INode> nodes = NodeModelUtils.findNodesForFeature(pool, reference);
			return nodes.isEmpty() ? 0 : nodes.get(0).getOffset();
		}
		ICompositeNode node = NodeModelUtils.getNode(extra);
		return node == null ? 0 : node.getOffset();
	}
}
