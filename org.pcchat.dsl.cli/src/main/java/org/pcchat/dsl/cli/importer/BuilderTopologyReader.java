package org.pcchat.dsl.cli.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Topology Builder's writable topology (the PartialTopology of a .tbxml): clusters, their machines
 * and SQL instances sit under their site, and everything is referenced by its UniqueId (a GUID, or
 * a readable id in files Topology Builder wrote from a published topology).
 */
final class BuilderTopologyReader {

	private final List<RawTopology.Site> sites = new ArrayList<>();
	private final List<RawTopology.Cluster> clusters = new ArrayList<>();
	private final List<RawTopology.Instance> instances = new ArrayList<>();
	private final List<RawTopology.Unknown> unknown = new ArrayList<>();
	private final Map<String, String> siteOfCluster = new HashMap<>();
	private final Map<String, String> clusterOfInstance = new HashMap<>();

	private BuilderTopologyReader() {
	}

	static RawTopology read(XmlElement partialTopology, String format) {
		return new BuilderTopologyReader().topology(partialTopology, format);
	}

	private RawTopology topology(XmlElement topology, String format) {
		for (XmlElement site : topology.children("CentralSites", "CentralSite")) {
			site(site);
			site.children("RemoteSites", "RemoteSite").forEach(this::site);
		}
		XmlElement domains = topology.child("InternalDomains");
		return new RawTopology(format, domains == null ? null : domains.attribute("DefaultDomain"), sites, clusters,
				instances, services(topology), unknown, null);
	}

	private void site(XmlElement site) {
		String id = firstOf(site, "SiteId", "UniqueId", "OriginalSiteId");
		if (id == null) {
			id = "site" + (sites.size() + 1);
		}
		sites.add(new RawTopology.Site(id, PublishedTopologyReader.siteName(site), site.line()));
		for (XmlElement cluster : site.children("Clusters", "Cluster")) {
			cluster(cluster, id);
		}
	}

	private void cluster(XmlElement cluster, String siteId) {
		String id = cluster.attribute("UniqueId");
		if (id == null) {
			unknown.add(new RawTopology.Unknown("a Cluster without UniqueId", cluster.line()));
			return;
		}
		List<RawTopology.Machine> machines = new ArrayList<>();
		List<XmlElement> elements = new ArrayList<>(cluster.children("Machines", "Machine"));
		elements.addAll(cluster.children("Machine"));
		for (XmlElement machine : elements) {
			Integer ordinal = ServiceElements.number(firstOf(machine, "OrdinalInCluster", "OriginalOrdinalInCluster"));
			machines.add(new RawTopology.Machine(machine.attribute("Fqdn"), ordinal == null ? machines.size() + 1 : ordinal,
					machine.line()));
		}
		clusters.add(new RawTopology.Cluster(id, siteId, cluster.attribute("Fqdn"),
				ServiceElements.optionalFlag(cluster, "IsSingleMachineOnly"), machines, cluster.line()));
		siteOfCluster.put(id, siteId);
		for (XmlElement instance : cluster.children("SqlInstances", "SqlInstance")) {
			String instanceId = instance.attribute("UniqueId");
			if (instanceId == null) {
				unknown.add(new RawTopology.Unknown("a SqlInstance without UniqueId", instance.line()));
				continue;
			}
			String name = instance.rawAttribute("Name");
			instances.add(new RawTopology.Instance(instanceId, id, name == null ? "" : name.strip(),
					instance.attribute("AlwaysOnPrimaryNodeFqdn"), instance.line()));
			clusterOfInstance.put(instanceId, id);
		}
	}

	private List<RawTopology.Service> services(XmlElement topology) {
		List<RawTopology.Service> services = new ArrayList<>();
		for (XmlElement service : topology.children("Services", "Service")) {
			String id = service.attribute("UniqueId");
			String role = service.attribute("RoleName");
			if (id == null || role == null) {
				unknown.add(new RawTopology.Unknown("a Service without UniqueId or RoleName", service.line()));
				continue;
			}
			String installedOn = service.attribute("InstalledOn");
			String onCluster = siteOfCluster.containsKey(installedOn) ? installedOn : null;
			String onInstance = clusterOfInstance.containsKey(installedOn) ? installedOn : null;
			String cluster = onCluster != null ? onCluster : clusterOfInstance.get(onInstance);
			String site = cluster != null ? siteOfCluster.get(cluster) : service.attribute("OriginalSiteId");
			services.add(new RawTopology.Service(id, site, role, service.attribute("ServiceVersion"), onCluster, onInstance,
					dependencies(service), ServiceElements.chatPort(service), ServiceElements.shareName(service),
					ServiceElements.director(service), service.line()));
		}
		return services;
	}

	private List<RawTopology.Dependency> dependencies(XmlElement service) {
		List<RawTopology.Dependency> dependencies = new ArrayList<>();
		for (XmlElement dependency : service.children("DependsOn", "Dependency")) {
			String target = dependency.attribute("ServiceUniqueId");
			if (target == null) {
				unknown.add(new RawTopology.Unknown("a Dependency without ServiceUniqueId", dependency.line()));
				continue;
			}
			dependencies.add(new RawTopology.Dependency(dependency.attribute("Usage"), target, dependency.line()));
		}
		return dependencies;
	}

	private static String firstOf(XmlElement element, String... attributes) {
		for (String attribute : attributes) {
			if (element.attribute(attribute) != null) {
				return element.attribute(attribute);
			}
		}
		return null;
	}
}
