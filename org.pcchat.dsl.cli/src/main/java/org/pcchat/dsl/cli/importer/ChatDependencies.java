package org.pcchat.dsl.cli.importer;

import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The dependencies of each Persistent Chat pool (docs/import.md, "Persistent Chat pools"; inferred: no public document
 * shows them): its Registrar is the next hop, its FileStore the file store, its PersistentChatStore
 * and PersistentChatComplianceStore the databases; a Usage naming a backup, mirror or witness makes
 * the store that, on the pool or on the store it protects. What is not understood stays a comment.
 */
final class ChatDependencies {

	private final DeploymentMapper mapper;

	ChatDependencies(DeploymentMapper mapper) {
		this.mapper = mapper;
	}

	void resolve() {
		for (DeploymentMapper.SiteBuckets bucket : mapper.sites.values()) {
			for (Draft.ChatPool pool : bucket.chats()) {
				RawTopology.Service service = mapper.index.service(pool.key.substring(pool.key.indexOf('/') + 1));
				if (service != null) {
					resolve(pool, service);
				}
			}
		}
	}

	private void resolve(Draft.ChatPool pool, RawTopology.Service service) {
		for (RawTopology.Dependency dependency : service.dependencies()) {
			RawTopology.Service target = mapper.index.service(dependency.serviceId());
			if (target == null) {
				unresolved(pool, dependency);
				continue;
			}
			Roles.Usage usage = Roles.Usage.of(dependency.usage());
			if (Roles.is(target, Roles.REGISTRAR) || Roles.is(target, Roles.USER_SERVICES)) {
				nextHop(pool, target, dependency, usage);
			} else if (Roles.is(target, Roles.FILE_STORE) && usage == Roles.Usage.DEFAULT) {
				pool.fileStore = mapper.shares.get(target.id());
			} else if (Roles.is(target, Roles.CHAT_STORE)) {
				store(pool, target, dependency, usage, false);
			} else if (Roles.is(target, Roles.COMPLIANCE_STORE)) {
				store(pool, target, dependency, usage, true);
			} else {
				notUnderstood(pool, dependency, "a dependency on " + target.label() + " with Usage '"
						+ dependency.usage() + "'");
			}
		}
	}

	private void nextHop(Draft.ChatPool pool, RawTopology.Service registrar, RawTopology.Dependency dependency,
			Roles.Usage usage) {
		RawTopology.Cluster cluster = mapper.index.clusterOf(registrar);
		Draft.Named element = cluster == null ? null : mapper.elementOfCluster.get(cluster.id());
		if (usage != Roles.Usage.DEFAULT) {
			notUnderstood(pool, dependency, "a dependency on " + registrar.label() + " with Usage '" + dependency.usage() + "'");
		} else if (registrar.director()) {
			notUnderstood(pool, dependency, "its next hop " + registrar.label() + " is a Director, and the language's nexthop "
					+ "names a Front End pool or Standard Edition server");
		} else if (element instanceof Draft.FrontEndPool || element instanceof Draft.Standard) {
			pool.nextHop = element;
		} else {
			notUnderstood(pool, dependency, "its next hop " + registrar.label() + " is not on a Front End pool or Standard "
					+ "Edition server of the document");
		}
	}

	/** A store the pool uses; the store's own dependencies on other stores name its backup, mirror and witness. */
	private void store(Draft.ChatPool pool, RawTopology.Service store, RawTopology.Dependency dependency,
			Roles.Usage usage, boolean compliance) {
		if (usage == Roles.Usage.UNKNOWN) {
			notUnderstood(pool, dependency, "a dependency on " + store.label() + " with Usage '" + dependency.usage() + "'");
			return;
		}
		set(pool, store, dependency, usage, compliance);
		if (usage != Roles.Usage.DEFAULT) {
			return;
		}
		for (RawTopology.Dependency own : store.dependencies()) {
			RawTopology.Service other = mapper.index.service(own.serviceId());
			Roles.Usage ownUsage = Roles.Usage.of(own.usage());
			if (other == null) {
				unresolved(pool, own);
			} else if ((Roles.is(other, Roles.CHAT_STORE) || Roles.is(other, Roles.COMPLIANCE_STORE))
					&& ownUsage != Roles.Usage.DEFAULT && ownUsage != Roles.Usage.UNKNOWN) {
				set(pool, other, own, ownUsage, compliance);
			} else {
				notUnderstood(pool, own, "the store " + store.label() + " depends on " + other.label() + " with Usage '"
						+ own.usage() + "'");
			}
		}
	}

	private void set(Draft.ChatPool pool, RawTopology.Service store, RawTopology.Dependency dependency,
			Roles.Usage usage, boolean compliance) {
		Draft.InstanceRef ref = mapper.instanceRef(store);
		if (ref == null) {
			return;
		}
		String what = (compliance ? "compliance " : "") + (usage == Roles.Usage.DEFAULT ? "store"
				: usage.name().toLowerCase(Locale.ROOT));
		switch (usage) {
			case DEFAULT -> slot(pool, what, ref, dependency, p -> compliance ? p.compliance : p.store,
					(p, r) -> { if (compliance) { p.compliance = r; } else { p.store = r; } });
			case MIRROR -> slot(pool, what, ref, dependency, p -> compliance ? p.complianceMirror : p.mirror,
					(p, r) -> { if (compliance) { p.complianceMirror = r; } else { p.mirror = r; } });
			case BACKUP -> slot(pool, what, ref, dependency, p -> compliance ? p.complianceBackup : p.backup,
					(p, r) -> { if (compliance) { p.complianceBackup = r; } else { p.backup = r; } });
			case WITNESS -> {
				if (compliance) {
					notUnderstood(pool, dependency, "a witness for the compliance database (" + store.label() + "), which the "
							+ "language has no place for");
				} else {
					slot(pool, what, ref, dependency, p -> p.witness, (p, r) -> p.witness = r);
				}
			}
			default -> throw new IllegalStateException(usage.name());
		}
	}

	private void slot(Draft.ChatPool pool, String what, Draft.InstanceRef ref, RawTopology.Dependency dependency,
			Function<Draft.ChatPool, Draft.InstanceRef> get, BiConsumer<Draft.ChatPool, Draft.InstanceRef> put) {
		Draft.InstanceRef current = get.apply(pool);
		if (current == null) {
			put.accept(pool, ref);
		} else if (!current.equals(ref)) {
			notUnderstood(pool, dependency, "a second " + what + " (" + ref.instance().name + " on " + ref.host().base
					+ "); the first, " + current.instance().name + " on " + current.host().base + ", is kept");
		}
	}

	private void unresolved(Draft.ChatPool pool, RawTopology.Dependency dependency) {
		notUnderstood(pool, dependency, "a dependency on " + dependency.serviceId() + ", which is not in the document");
	}

	private void notUnderstood(Draft.ChatPool pool, RawTopology.Dependency dependency, String what) {
		mapper.warn(dependency.line(), "Persistent Chat pool " + pool.fqdn + ": " + what + "; kept as a comment");
		pool.notes.addAll(Comments.wrap("Not imported: " + what + " (line " + dependency.line() + ")."));
	}
}
