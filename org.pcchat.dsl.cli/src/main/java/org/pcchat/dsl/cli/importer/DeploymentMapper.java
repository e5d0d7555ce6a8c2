package org.pcchat.dsl.cli.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns a topology document into the elements of the language (docs/import.md, "What is imported"): each cluster
 * becomes what its services make it (a Standard Edition server, a Front End pool, a SQL server, a
 * Persistent Chat pool, a file server), every element is {@code existing}, and what the language
 * has no element for becomes a comment. Nothing the document does not say is invented.
 */
final class DeploymentMapper {

	final RawTopology raw;
	final String where;
	final Warnings warnings;
	final Index index;
	final Draft.Topology topology = new Draft.Topology();
	final Map<String, SiteBuckets> sites = new LinkedHashMap<>();
	/** The element each cluster became, for references to it (next hop, share host). */
	final Map<String, Draft.Named> elementOfCluster = new LinkedHashMap<>();
	/** The machine holding a cluster's SQL instances: its SQL server or Standard Edition server. */
	final Map<String, Draft.Named> instanceHost = new LinkedHashMap<>();
	final Map<String, Draft.Instance> instances = new LinkedHashMap<>();
	final Map<String, Draft.FileShare> shares = new LinkedHashMap<>();

	private DeploymentMapper(RawTopology raw, String where, Warnings warnings) {
		this.raw = raw;
		this.where = where;
		this.warnings = warnings;
		this.index = new Index(raw);
	}

	static Draft.Topology map(RawTopology raw, String where, Warnings warnings) {
		return new DeploymentMapper(raw, where, warnings).topology();
	}

	private Draft.Topology topology() {
		Set<String> siteNames = new HashSet<>();
		for (RawTopology.Site site : raw.sites()) {
			sites.put(site.id(), new SiteBuckets(new Draft.Site(Names.siteName(site.name() != null ? site.name()
					: "site-" + site.id(), siteNames)), site));
		}
		for (RawTopology.Cluster cluster : raw.clusters()) {
			cluster(cluster, bucketOf(cluster, siteNames));
		}
		for (RawTopology.Cluster cluster : raw.clusters()) {
			if (elementOfCluster.get(cluster.id()) instanceof Draft.FrontEndPool pool) {
				frontEndDependencies(cluster, pool);
			}
		}
		new ChatDependencies(this).resolve();
		orphans();
		for (RawTopology.Unknown unknown : raw.unknown()) {
			warn(unknown.line(), unknown.what() + "; ignored");
		}
		topology.product = ProductVersions.product(raw, this);
		sites.values().forEach(bucket -> topology.sites.add(bucket.finished()));
		return topology;
	}

	/** Services installed on no cluster or SQL instance of the document: reported, since nothing shows them. */
	private void orphans() {
		for (RawTopology.Service service : raw.services()) {
			boolean onCluster = service.onCluster() != null && index.cluster(service.onCluster()) != null;
			boolean onInstance = service.onInstance() != null && index.instance(service.onInstance()) != null;
			if (!onCluster && !onInstance) {
				warn(service.line(), service.label() + " is installed on no cluster or SQL instance of the document; ignored");
			}
		}
	}

	private SiteBuckets bucketOf(RawTopology.Cluster cluster, Set<String> siteNames) {
		SiteBuckets bucket = sites.get(cluster.siteId());
		if (bucket == null) {
			warn(cluster.line(), "cluster " + cluster.id() + " is in site '" + cluster.siteId()
					+ "', which the document does not define; imported into a site of that name");
			bucket = new SiteBuckets(new Draft.Site(Names.siteName("site-" + cluster.siteId(), siteNames)), null);
			sites.put(cluster.siteId(), bucket);
		}
		return bucket;
	}

	private void cluster(RawTopology.Cluster cluster, SiteBuckets site) {
		List<RawTopology.Service> services = index.servicesOn(cluster.id());
		Set<String> roles = services.stream().map(RawTopology.Service::role).collect(Collectors.toCollection(TreeSet::new));
		boolean frontEnd = services.stream().anyMatch(s -> Roles.is(s, Roles.USER_SERVICES))
				&& services.stream().anyMatch(s -> Roles.is(s, Roles.REGISTRAR) && !s.director());
		List<RawTopology.Instance> clusterInstances = index.instancesOf(cluster.id());
		boolean standard = frontEnd && (Boolean.TRUE.equals(cluster.singleMachine()) || !clusterInstances.isEmpty());
		String fqdn = cluster.fqdn() != null ? cluster.fqdn() : singleMachineFqdn(cluster);
		Draft.Named main = null;
		if (standard) {
			Draft.Standard server = new Draft.Standard(Names.hostName(fqdn), cluster.id(), fqdn);
			describe(server, "Standard Edition server", cluster, services);
			addInstances(cluster, server, server.instances, clusterInstances);
			server.factNames.addAll(machineNames(cluster));
			site.standards.add(server);
			main = server;
		} else if (frontEnd) {
			Draft.FrontEndPool pool = new Draft.FrontEndPool(Names.hostName(fqdn), cluster.id(), fqdn);
			describe(pool, "Front End pool", cluster, services);
			addServers(cluster, pool);
			site.pools.add(pool);
			main = pool;
		}
		if (!clusterInstances.isEmpty() && !standard) {
			Draft.SqlServer sql = sqlServer(cluster, site, fqdn, clusterInstances, frontEnd);
			main = main == null ? sql : main;
		}
		for (RawTopology.Service service : services) {
			if (Roles.isChatPool(service.role())) {
				site.chats.add(chatPool(cluster, service, main, fqdn));
			}
		}
		if (main != null) {
			elementOfCluster.put(cluster.id(), main);
		}
		Draft.Named host = fileStores(cluster, site, services, elementOfCluster.get(cluster.id()), fqdn);
		if (host != null) {
			elementOfCluster.putIfAbsent(cluster.id(), host);
		}
		otherRoles(cluster, site, services, frontEnd, roles);
	}

	private Draft.SqlServer sqlServer(RawTopology.Cluster cluster, SiteBuckets site, String fqdn,
			List<RawTopology.Instance> clusterInstances, boolean frontEnd) {
		Draft.SqlServer sql = new Draft.SqlServer(Names.hostName(fqdn), cluster.id(), fqdn);
		describe(sql, "SQL server", cluster, List.of());
		addInstances(cluster, sql, sql.instances, clusterInstances);
		sql.factNames.addAll(machineNames(cluster));
		clusterInstances.stream().map(RawTopology.Instance::alwaysOnPrimary).filter(p -> p != null).findFirst()
				.ifPresent(primary -> sql.preferredFactName = primary.toLowerCase());
		site.sqlServers.add(sql);
		if (frontEnd) {
			warn(cluster.line(), "Front End pool cluster " + cluster.id() + " also holds SQL instances; imported as a "
					+ "SQL server of its own with the same FQDN");
		}
		return sql;
	}

	private Draft.ChatPool chatPool(RawTopology.Cluster cluster, RawTopology.Service service, Draft.Named main,
			String fqdn) {
		Draft.ChatPool pool = new Draft.ChatPool(Names.hostName(fqdn), cluster.id() + "/" + service.id(), fqdn);
		pool.comments.addAll(Comments.wrap("Persistent Chat pool: cluster " + cluster.id() + ", service "
				+ service.label() + "."));
		pool.port = service.port();
		if (main instanceof Draft.Standard standard) {
			pool.on = standard;
		} else {
			pool.single = Boolean.TRUE.equals(cluster.singleMachine());
			addServers(cluster, pool);
			if (main != null) {
				warn(service.line(), "Persistent Chat pool " + fqdn + " is installed on cluster " + cluster.id()
						+ ", which is also a " + (main instanceof Draft.FrontEndPool ? "Front End pool" : "SQL server")
						+ "; its machines appear twice");
			}
		}
		if (pool.servers.size() > 4) {
			warn(service.line(), "Persistent Chat pool " + fqdn + " has " + pool.servers.size() + " servers; the document"
					+ " does not say which are standby (Get-CsPersistentChatActiveServer does): mark them 'standby'");
		}
		if (pool.on == null) {
			pool.notes.add("Active or standby: not in the topology document; every server is active unless marked standby.");
		}
		if (main == null && !pool.servers.isEmpty()) {
			elementOfCluster.put(cluster.id(), pool.servers.get(0)); // a file share on the pool's machine names a server
		}
		return pool;
	}

	private Draft.Named fileStores(RawTopology.Cluster cluster, SiteBuckets site, List<RawTopology.Service> services,
			Draft.Named existingHost, String fqdn) {
		Draft.Named host = existingHost;
		for (RawTopology.Service service : services) {
			if (!Roles.is(service, Roles.FILE_STORE)) {
				continue;
			}
			if (host == null) {
				Draft.FileServer server = new Draft.FileServer(Names.hostName(fqdn), cluster.id(), fqdn);
				describe(server, "File server", cluster, List.of());
				server.factNames.addAll(machineNames(cluster));
				site.fileServers.add(server);
				host = server;
			}
			String shareName = service.shareName();
			if (shareName == null) {
				warn(service.line(), "file store " + service.label() + " names no share (FileStoreService ShareName); "
						+ "its path is unknown");
			}
			String path = "\\\\" + (fqdn == null ? "UNKNOWN" : fqdn) + "\\" + (shareName == null ? "UNKNOWN" : shareName);
			Draft.FileShare share = new Draft.FileShare(shareName == null ? "share" : shareName, service.id(), path);
			share.host = host;
			share.comments.addAll(Comments.wrap("File store " + service.label() + " on cluster " + cluster.id() + "."));
			site.shares.add(share);
			shares.put(service.id(), share);
		}
		return host;
	}

	private void otherRoles(RawTopology.Cluster cluster, SiteBuckets site, List<RawTopology.Service> services,
			boolean frontEnd, Set<String> roles) {
		for (RawTopology.Service service : services) {
			String role = service.role();
			boolean modelled = Roles.isChatPool(role) || Roles.is(service, Roles.FILE_STORE)
					|| frontEnd && (Roles.is(service, Roles.USER_SERVICES) || Roles.is(service, Roles.REGISTRAR)
							|| Roles.isFrontEndPart(role));
			if (modelled) {
				continue;
			}
			String kind = service.director() ? "Director pool" : Roles.otherRole(role);
			if (kind == null && !Roles.isKnown(role)) {
				warn(service.line(), "unknown role '" + role + "' (" + service.label() + ") on cluster " + cluster.id()
						+ "; kept as a comment");
				kind = "role " + role + " (unknown to pcchat)";
			} else if (kind == null) {
				kind = role;
			}
			site.comments.add(new Draft.Comment(Comments.wrap(capitalized(kind) + " " + orUnknown(cluster.fqdn()) + " ("
					+ service.label() + ", cluster " + cluster.id() + "): machines " + String.join(", ", machineFqdns(cluster))
					+ "; pcchat has no element for it.")));
		}
	}

	private void frontEndDependencies(RawTopology.Cluster cluster, Draft.FrontEndPool pool) {
		for (RawTopology.Service service : index.servicesOn(cluster.id())) {
			if (!Roles.is(service, Roles.USER_SERVICES)) {
				continue;
			}
			for (RawTopology.Dependency dependency : service.dependencies()) {
				RawTopology.Service target = index.service(dependency.serviceId());
				Roles.Usage usage = Roles.Usage.of(dependency.usage());
				if (target == null) {
					continue;
				}
				if (Roles.is(target, Roles.USER_STORE) && usage == Roles.Usage.DEFAULT) {
					pool.backend = instanceRef(target);
				} else if (Roles.is(target, Roles.USER_STORE)) {
					Draft.InstanceRef ref = instanceRef(target);
					pool.notes.addAll(Comments.wrap("Back end " + usage.name().toLowerCase() + ": " + (ref == null ? target.label()
							: ref.instance().name + " on " + ref.host().base) + " (" + target.label() + ")."));
				} else if (Roles.is(target, Roles.FILE_STORE)) {
					pool.fileStore = shares.get(target.id());
				}
			}
		}
	}

	/** The instance a store service is installed on, or null (with a warning) when it is not on one. */
	Draft.InstanceRef instanceRef(RawTopology.Service store) {
		Draft.Instance instance = instances.get(store.onInstance());
		RawTopology.Instance raw = index.instance(store.onInstance());
		if (instance == null || raw == null) {
			warn(store.line(), store.label() + " is not installed on a SQL instance of the document; the reference to "
					+ "it is left out");
			return null;
		}
		return new Draft.InstanceRef(instanceHost.get(raw.clusterId()), instance);
	}

	private void addInstances(RawTopology.Cluster cluster, Draft.Named host, List<Draft.Instance> list,
			List<RawTopology.Instance> clusterInstances) {
		instanceHost.put(cluster.id(), host);
		Set<String> used = new HashSet<>();
		for (RawTopology.Instance raw : clusterInstances) {
			String name = Names.instanceName(raw.name());
			if (!used.add(name.toLowerCase())) {
				warn(raw.line(), "SQL instance '" + raw.name() + "' appears twice on cluster " + cluster.id() + "; imported once");
				instances.put(raw.id(), list.stream().filter(i -> i.name.equalsIgnoreCase(name)).findFirst().orElseThrow());
				continue;
			}
			Draft.Instance instance = new Draft.Instance(name);
			if (!name.equals(raw.name()) && !raw.name().isEmpty()) {
				warn(raw.line(), "SQL instance name '" + raw.name() + "' is written '" + name + "' (the language's instance "
						+ "names hold letters, digits and underscores)");
			}
			instance.alwaysOn = raw.alwaysOnPrimary() != null;
			List<String> databases = index.servicesOnInstance(raw.id()).stream().map(RawTopology.Service::label).toList();
			String what = (raw.name().isEmpty() ? "The default instance" : "Instance " + raw.name())
					+ (databases.isEmpty() ? "" : ": " + String.join(", ", databases))
					+ (instance.alwaysOn ? "; AlwaysOn, primary node " + raw.alwaysOnPrimary() : "") + ".";
			instance.comments.addAll(Comments.wrap(what));
			list.add(instance);
			instances.put(raw.id(), instance);
		}
	}

	private void addServers(RawTopology.Cluster cluster, Draft.Pool pool) {
		cluster.machines().stream().sorted((a, b) -> Integer.compare(a.ordinal(), b.ordinal())).forEach(machine -> {
			String fqdn = machine.fqdn() != null ? machine.fqdn() : cluster.machines().size() == 1 ? cluster.fqdn() : null;
			Draft.Server server = new Draft.Server(Names.hostName(fqdn), fqdn == null ? cluster.id() + "#" + machine.ordinal()
					: fqdn, fqdn);
			if (fqdn == null) {
				warn(machine.line(), "machine " + machine.ordinal() + " of cluster " + cluster.id() + " has no FQDN");
			}
			server.comments.add("Machine " + machine.ordinal() + " of cluster " + cluster.id()
					+ (machine.fqdn() == null && fqdn != null ? " (no Fqdn of its own: the cluster's)" : "") + ".");
			pool.servers.add(server);
		});
	}

	/** The FQDN of a cluster's only machine when the cluster has none of its own. */
	private static String singleMachineFqdn(RawTopology.Cluster cluster) {
		return cluster.machines().size() == 1 ? cluster.machines().get(0).fqdn() : null;
	}

	private void describe(Draft.Named element, String kind, RawTopology.Cluster cluster,
			List<RawTopology.Service> services) {
		String labels = services.stream().map(RawTopology.Service::label).collect(Collectors.joining(", "));
		List<String> machines = machineFqdns(cluster);
		boolean ownMachine = machines.size() == 1 && machines.get(0).equalsIgnoreCase(orUnknown(cluster.fqdn()));
		element.comments.addAll(Comments.wrap(kind + ": cluster " + cluster.id() + (ownMachine || machines.isEmpty() ? ""
				: " (machines " + String.join(", ", machines) + ")") + (labels.isEmpty() ? "" : "; services " + labels) + "."));
	}

	private static List<String> machineFqdns(RawTopology.Cluster cluster) {
		List<String> fqdns = new ArrayList<>();
		for (RawTopology.Machine machine : cluster.machines()) {
			fqdns.add(machine.fqdn() != null ? machine.fqdn() : orUnknown(cluster.fqdn()));
		}
		return fqdns;
	}

	private static Set<String> machineNames(RawTopology.Cluster cluster) {
		Set<String> names = new java.util.LinkedHashSet<>();
		for (RawTopology.Machine machine : cluster.machines()) {
			if (machine.fqdn() != null) {
				names.add(machine.fqdn().toLowerCase());
			}
		}
		return names;
	}

	private static String orUnknown(String fqdn) {
		return fqdn == null ? "(no FQDN)" : fqdn;
	}

	private static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	void warn(int line, String message) {
		warnings.add(where, line, message);
	}

	/** The elements of one site, by kind, in the order they are written. */
	record SiteBuckets(Draft.Site site, RawTopology.Site source, List<Draft.SqlServer> sqlServers,
			List<Draft.FileServer> fileServers, List<Draft.FileShare> shares, List<Draft.Standard> standards,
			List<Draft.FrontEndPool> pools, List<Draft.ChatPool> chats, List<Draft.Comment> comments) {

		SiteBuckets(Draft.Site site, RawTopology.Site source) {
			this(site, source, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
					new ArrayList<>(), new ArrayList<>());
		}

		Draft.Site finished() {
			if (site.elements.isEmpty() && site.comments.isEmpty()) {
				if (source != null) {
					site.comments.add("Site " + source.id() + (source.name() != null ? " (" + source.name() + ")" : "") + ".");
				}
				// above the site: the formatter keeps no blank line between comments, nor indents one before a brace
				comments.forEach(comment -> site.comments.addAll(comment.lines()));
				site.elements.addAll(sqlServers);
				site.elements.addAll(fileServers);
				site.elements.addAll(shares);
				site.elements.addAll(standards);
				site.elements.addAll(pools);
				site.elements.addAll(chats);
			}
			return site;
		}
	}
}
