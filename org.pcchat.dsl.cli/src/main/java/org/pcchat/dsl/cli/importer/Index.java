package org.pcchat.dsl.cli.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A topology document's content looked up by id: services by cluster and by SQL instance, instances by cluster. */
final class Index {

	private final Map<String, RawTopology.Service> services = new LinkedHashMap<>();
	private final Map<String, RawTopology.Instance> instances = new LinkedHashMap<>();
	private final Map<String, RawTopology.Cluster> clusters = new LinkedHashMap<>();
	private final Map<String, List<RawTopology.Service>> onCluster = new LinkedHashMap<>();
	private final Map<String, List<RawTopology.Service>> onInstance = new LinkedHashMap<>();
	private final Map<String, List<RawTopology.Instance>> ofCluster = new LinkedHashMap<>();

	Index(RawTopology raw) {
		raw.clusters().forEach(cluster -> clusters.putIfAbsent(cluster.id(), cluster));
		for (RawTopology.Instance instance : raw.instances()) {
			instances.putIfAbsent(instance.id(), instance);
			ofCluster.computeIfAbsent(instance.clusterId(), id -> new ArrayList<>()).add(instance);
		}
		for (RawTopology.Service service : raw.services()) {
			services.putIfAbsent(service.id(), service);
			if (service.onCluster() != null) {
				onCluster.computeIfAbsent(service.onCluster(), id -> new ArrayList<>()).add(service);
			}
			if (service.onInstance() != null) {
				onInstance.computeIfAbsent(service.onInstance(), id -> new ArrayList<>()).add(service);
			}
		}
	}

	RawTopology.Service service(String id) {
		return services.get(id);
	}

	RawTopology.Instance instance(String id) {
		return id == null ? null : instances.get(id);
	}

	RawTopology.Cluster cluster(String id) {
		return id == null ? null : clusters.get(id);
	}

	List<RawTopology.Service> servicesOn(String clusterId) {
		return onCluster.getOrDefault(clusterId, List.of());
	}

	List<RawTopology.Service> servicesOnInstance(String instanceId) {
		return onInstance.getOrDefault(instanceId, List.of());
	}

	List<RawTopology.Instance> instancesOf(String clusterId) {
		return ofCluster.getOrDefault(clusterId, List.of());
	}

	/** The cluster a service runs on, directly or through its SQL instance. */
	RawTopology.Cluster clusterOf(RawTopology.Service service) {
		if (service.onCluster() != null) {
			return cluster(service.onCluster());
		}
		RawTopology.Instance instance = instance(service.onInstance());
		return instance == null ? null : cluster(instance.clusterId());
	}
}
