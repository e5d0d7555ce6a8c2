package org.pcchat.dsl.cli.importer;

import java.util.List;

/**
 * A topology document's content in one shape, whichever of the formats it came from: sites,
 * clusters with their machines, SQL instances and services with their dependencies. Ids are the
 * document's own (a Get-CsTopology cluster is {@code SITE:NUMBER}, a .tbxml one its UniqueId), so
 * that comments in the output name what an administrator finds in the document.
 */
record RawTopology(String format, String defaultDomain, List<Site> sites, List<Cluster> clusters,
		List<Instance> instances, List<Service> services, List<Unknown> unknown, String where) {

	/** The same content, read from {@code where} (the file, or the archive entry, that line numbers count in). */
	RawTopology readFrom(String where) {
		return new RawTopology(format, defaultDomain, sites, clusters, instances, services, unknown, where);
	}

	record Site(String id, String name, int line) {
	}

	/** {@code singleMachine} is null when the document does not say. */
	record Cluster(String id, String siteId, String fqdn, Boolean singleMachine, List<Machine> machines, int line) {
	}

	/** {@code fqdn} is null when the document leaves it out (a single-machine cluster's machine in a .tbxml). */
	record Machine(String fqdn, int ordinal, int line) {
	}

	/** {@code name} is empty for the default instance; {@code alwaysOnPrimary} null unless in an availability group. */
	record Instance(String id, String clusterId, String name, String alwaysOnPrimary, int line) {
	}

	/**
	 * A service; it is installed on a cluster or on a SQL instance (the other id is null). {@code port} is
	 * the Persistent Chat SIP port when the service lists one, {@code shareName} a file store's share.
	 */
	record Service(String id, String siteId, String role, String version, String onCluster, String onInstance,
			List<Dependency> dependencies, Integer port, String shareName, boolean director, int line) {

		/** How comments name it: the role and the document's id, e.g. {@code PersistentChatService 1-PersistentChatService-1}. */
		String label() {
			return id.contains(role) ? id : role + " " + id;
		}
	}

	record Dependency(String usage, String serviceId, int line) {
	}

	/** Something the reader did not understand: kept as a comment in the output and reported as a warning. */
	record Unknown(String what, int line) {
	}
}
