package org.pcchat.benchmarks.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.pcchat.benchmarks.generator.Deployment.ChatPool;
import org.pcchat.benchmarks.generator.Deployment.Instance;
import org.pcchat.benchmarks.generator.Deployment.Server;
import org.pcchat.benchmarks.generator.Deployment.SqlServer;

/**
 * Persistent Chat pools and the SQL servers of their databases. Every pool has its own store and
 * compliance instances (an instance holds one pool's database), four pools share a database server;
 * backup stores and mirrors live on the site's disaster-recovery SQL server. Names and numbers run on
 * across sites, so they are unique in the topology.
 */
final class PoolFactory {

	private final SplittableRandom random;
	private final Machines machines;
	private final int usersPerPool;
	private int pools;
	private int servers;

	PoolFactory(SplittableRandom random, Machines machines, int usersPerPool) {
		this.random = random;
		this.machines = machines;
		this.usersPerPool = usersPerPool;
	}

	List<ChatPool> pools(int site, String domain, String timezone, String nextHop, String share, List<Integer> sizes) {
		List<ChatPool> result = new ArrayList<>();
		for (int size : sizes) {
			String databaseServer = "SQLPC" + site + "n" + (result.size() / TopologyGenerator.POOLS_PER_DATABASE_SERVER + 1);
			result.add(pool(site, domain, timezone, nextHop, share, size, databaseServer));
		}
		return result;
	}

	private ChatPool pool(int site, String domain, String timezone, String nextHop, String share, int size,
			String databaseServer) {
		int number = ++pools;
		boolean single = size == 1 && random.nextBoolean();
		int active = Math.min(size, TopologyGenerator.MAX_ACTIVE);
		String poolFqdn = "pchat" + number + "." + domain;
		List<Server> members = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			String name = "pc" + ++servers;
			String fqdn = name + "." + domain;
			members.add(machines.chatServer(name, i >= active, fqdn, timezone, single ? fqdn : poolFqdn));
		}
		boolean disasterRecovery = !single && (size > active || random.nextInt(10) < 3);
		boolean mirror = !single && random.nextInt(10) < 2;
		String store = databaseServer + ".MGC" + number;
		String compliance = random.nextInt(10) < 6 ? databaseServer + ".MGCCOMP" + number : null;
		int users = Math.min(usersPerPool, active * TopologyGenerator.USERS_PER_ACTIVE_SERVER);
		return new ChatPool("PChat" + number, single, single ? members.get(0).fqdn() : poolFqdn, 5041, nextHop, store,
				compliance, disasterRecovery ? "SQLDR" + site + ".BAK" + number : null,
				mirror ? "SQLDR" + site + ".MIR" + number : null, share, users, members);
	}

	/** The SQL servers with the instances the pools name, in the order the pools name them. */
	List<SqlServer> databaseServers(String domain, List<ChatPool> chatPools) {
		Map<String, List<Instance>> instances = new LinkedHashMap<>();
		chatPools.stream()
				.flatMap(pool -> Stream.of(pool.store(), pool.compliance(), pool.backup(), pool.mirror()))
				.filter(reference -> reference != null)
				.sorted((a, b) -> Boolean.compare(a.startsWith("SQLDR"), b.startsWith("SQLDR")))
				.forEach(reference -> {
					int dot = reference.indexOf('.');
					instances.computeIfAbsent(reference.substring(0, dot), host -> new ArrayList<>())
							.add(new Instance(reference.substring(dot + 1)));
				});
		List<SqlServer> result = new ArrayList<>();
		instances.forEach((host, named) -> result.add(machines.sqlServer(host, domain, named)));
		return result;
	}
}
