package org.pcchat.dsl.cli.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * The published topology, as {@code Get-CsTopology -AsXml} writes it and as Export-CsConfiguration
 * keeps it: clusters are {@code SITE:NUMBER}, SQL instances their name on a cluster, services
 * {@code SITE-ROLE-INSTANCE} (the ServiceId Get-CsService shows).
 */
final class PublishedTopologyReader {

	private final List<RawTopology.Unknown> unknown = new ArrayList<>();

	private PublishedTopologyReader() {
	}

	static RawTopology read(XmlElement topology, String format) {
		return new PublishedTopologyReader().topology(topology, format);
	}

	private RawTopology topology(XmlElement topology, String format) {
		XmlElement domains = topology.child("InternalDomains");
		return new RawTopology(format, domains == null ? null : domains.attribute("DefaultDomain"), sites(topology),
				clusters(topology), instances(topology), services(topology), unknown, null);
	}

	private List<RawTopology.Site> sites(XmlElement topology) {
		List<RawTopology.Site> sites = new ArrayList<>();
		XmlElement list = topology.child("Sites");
		for (XmlElement site : list == null ? List.<XmlElement>of() : list.children()) {
			String id = site.attribute("SiteId");
			if (id == null) {
				unknown.add(new RawTopology.Unknown("a " + site.name() + " without SiteId", site.line()));
				continue;
			}
			sites.add(new RawTopology.Site(id, siteName(site), site.line()));
		}
		return sites;
	}

	static String siteName(XmlElement site) {
		XmlElement name = site.child("Name");
		return name != null ? name.textValue() : site.attribute("Name");
	}

	private List<RawTopology.Cluster> clusters(XmlElement topology) {
		List<RawTopology.Cluster> clusters = new ArrayList<>();
		for (XmlElement cluster : topology.children("Clusters", "Cluster")) {
			String id = clusterId(cluster.child("ClusterId"));
			if (id == null) {
				unknown.add(new RawTopology.Unknown("a Cluster without ClusterId", cluster.line()));
				continue;
			}
			List<RawTopology.Machine> machines = new ArrayList<>();
			List<XmlElement> elements = new ArrayList<>(cluster.children("Machine"));
			elements.addAll(cluster.children("Machines", "Machine"));
			for (XmlElement machine : elements) {
				Integer ordinal = ServiceElements.number(machine.attribute("OrdinalInCluster"));
				machines.add(new RawTopology.Machine(machine.attribute("Fqdn"), ordinal == null ? machines.size() + 1 : ordinal,
						machine.line()));
			}
			clusters.add(new RawTopology.Cluster(id, cluster.child("ClusterId").attribute("SiteId"), cluster.attribute("Fqdn"),
					ServiceElements.optionalFlag(cluster, "IsSingleMachineOnly"), machines, cluster.line()));
		}
		return clusters;
	}

	private static String clusterId(XmlElement clusterId) {
		if (clusterId == null || clusterId.attribute("SiteId") == null || clusterId.attribute("Number") == null) {
			return null;
		}
		return clusterId.attribute("SiteId") + ":" + clusterId.attribute("Number");
	}

	private List<RawTopology.Instance> instances(XmlElement topology) {
		List<RawTopology.Instance> instances = new ArrayList<>();
		for (XmlElement instance : topology.children("SqlInstances", "SqlInstance")) {
			XmlElement id = instance.child("SqlInstanceId");
			String cluster = id == null ? null : clusterId(id.child("ClusterId"));
			if (cluster == null) {
				unknown.add(new RawTopology.Unknown("a SqlInstance without SqlInstanceId and ClusterId", instance.line()));
				continue;
			}
			String name = instanceName(id);
			String primary = instance.attribute("AlwaysOnPrimaryNodeFqdn");
			instances.add(new RawTopology.Instance(instanceId(cluster, name), cluster, name,
					primary != null ? primary : id.attribute("AlwaysOnPrimaryNodeFqdn"), instance.line()));
		}
		return instances;
	}

	private static String instanceName(XmlElement sqlInstanceId) {
		String name = sqlInstanceId.rawAttribute("Name");
		return name == null ? "" : name.strip();
	}

	private static String instanceId(String cluster, String name) {
		return cluster + "/" + name.toLowerCase();
	}

	private List<RawTopology.Service> services(XmlElement topology) {
		List<RawTopology.Service> services = new ArrayList<>();
		for (XmlElement service : topology.children("Services", "Service")) {
			XmlElement id = service.child("ServiceId");
			String serviceId = serviceId(id);
			if (serviceId == null) {
				unknown.add(new RawTopology.Unknown("a Service without ServiceId", service.line()));
				continue;
			}
			XmlElement installedOn = service.child("InstalledOn");
			String onCluster = installedOn == null ? null : clusterId(installedOn.child("ClusterId"));
			String onInstance = null;
			XmlElement instance = installedOn == null ? null : installedOn.child("SqlInstanceId");
			if (instance != null && clusterId(instance.child("ClusterId")) != null) {
				onInstance = instanceId(clusterId(instance.child("ClusterId")), instanceName(instance));
			}
			services.add(new RawTopology.Service(serviceId, id.attribute("SiteId"), id.attribute("RoleName"),
					service.attribute("ServiceVersion"), onCluster, onInstance, dependencies(service),
					ServiceElements.chatPort(service), ServiceElements.shareName(service), ServiceElements.director(service),
					service.line()));
		}
		return services;
	}

	private List<RawTopology.Dependency> dependencies(XmlElement service) {
		List<RawTopology.Dependency> dependencies = new ArrayList<>();
		for (XmlElement dependency : service.children("DependsOn", "Dependency")) {
			String target = serviceId(dependency.child("ServiceId"));
			if (target == null) {
				unknown.add(new RawTopology.Unknown("a Dependency without ServiceId", dependency.line()));
				continue;
			}
			dependencies.add(new RawTopology.Dependency(dependency.attribute("Usage"), target, dependency.line()));
		}
		return dependencies;
	}

	private static String serviceId(XmlElement id) {
		if (id == null || id.attribute("SiteId") == null || id.attribute("RoleName") == null
				|| id.attribute("Instance") == null) {
			return null;
		}
		return id.attribute("SiteId") + "-" + id.attribute("RoleName") + "-" + id.attribute("Instance");
	}
}
