package org.pcchat.dsl.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.pcchat.dsl.naming.PctopoQualifiedNameProvider;
import org.pcchat.dsl.pctopo.Instance;
import org.pcchat.dsl.pctopo.Topology;

/** The items in working order, each added under the phase and site being written. */
final class Drafts {

	private final List<ItemDraft> all = new ArrayList<>();
	private final Set<String> ids = new HashSet<>();
	private Phase phase;

	void enter(Phase phase) {
		this.phase = phase;
	}

	/** A new item on {@code owner}; {@code topic} tells it apart from the owner's other items. */
	ItemDraft add(EObject owner, String topic) {
		ItemDraft draft = new ItemDraft(uniqueId(phase.key() + "/" + key(owner) + "/" + topic), phase, Deployment.siteOf(owner), owner);
		draft.deployed = Deployment.isExisting(owner);
		all.add(draft);
		return draft;
	}

	List<ItemDraft> all() {
		return all;
	}

	/** Names are unique in a valid topology; a duplicate (PC003) still gets its own ID. */
	private String uniqueId(String id) {
		String unique = id;
		for (int n = 2; !ids.add(unique); n++) {
			unique = id + "-" + n;
		}
		return unique;
	}

	private static String key(EObject owner) {
		if (owner instanceof Topology) {
			return "topology";
		}
		String name = PctopoQualifiedNameProvider.nameOf(owner);
		if (owner instanceof Instance && owner.eContainer() != null) {
			name = PctopoQualifiedNameProvider.nameOf(owner.eContainer()) + "." + name;
		}
		return name == null ? "unnamed" : name;
	}
}
