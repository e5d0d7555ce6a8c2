package org.pcchat.benchmarks.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.pcchat.benchmarks.generator.Deployment.ChatPool;
import org.pcchat.benchmarks.generator.Deployment.FileShare;
import org.pcchat.benchmarks.generator.Deployment.FrontEndPool;
import org.pcchat.benchmarks.generator.Deployment.Instance;
import org.pcchat.benchmarks.generator.Deployment.Site;
import org.pcchat.benchmarks.generator.Deployment.SqlServer;
import org.pcchat.benchmarks.generator.Deployment.StandardServer;

/**
 * Generates a deployment of N Persistent Chat servers that meets every rule, so that validation does
 * its full work and reports nothing: sites of about {@value #SERVERS_PER_SITE} chat servers, each with
 * a Front End pool (every tenth site a Standard Edition server instead) and its back-end SQL server,
 * file shares, Persistent Chat pools of 1 to 8 servers (Single Computer Pools among those of one;
 * standby servers with a backup store), their databases on SQL servers of four pools each, and
 * every attribute written. The same seed gives the same deployment.
 */
public final class TopologyGenerator {

	static final int SERVERS_PER_SITE = 100;
	static final int POOLS_PER_DATABASE_SERVER = 4;
	static final int MAX_ACTIVE = 4;
	static final int USERS_PER_ACTIVE_SERVER = 20_000;
	static final int MAX_DEPLOYMENT_USERS = 80_000;
	/** Pool sizes 1 to 8, weighted: pairs and quads are common, large pools with standby servers rarer. */
	private static final int[] SIZE_WEIGHTS = { 10, 25, 15, 20, 8, 8, 7, 7 };

	private final SplittableRandom random;
	private final Machines machines;

	private TopologyGenerator(long seed) {
		this.random = new SplittableRandom(seed);
		this.machines = new Machines(random);
	}

	/** A valid deployment with exactly {@code chatServers} Persistent Chat servers. */
	public static Deployment generate(int chatServers, long seed) {
		if (chatServers < 1) {
			throw new IllegalArgumentException("a deployment needs at least one Persistent Chat server");
		}
		return new TopologyGenerator(seed).deployment(chatServers);
	}

	private Deployment deployment(int chatServers) {
		List<Integer> sizes = poolSizes(chatServers);
		int users = Math.max(1, MAX_DEPLOYMENT_USERS / sizes.size());
		List<Site> sites = new ArrayList<>();
		PoolFactory pools = new PoolFactory(random, machines, users);
		int next = 0;
		for (int site = 1; next < sizes.size(); site++) {
			int end = next;
			for (int servers = 0; end < sizes.size() && servers < SERVERS_PER_SITE; end++) {
				servers += sizes.get(end);
			}
			sites.add(site(site, sizes.subList(next, end), pools));
			next = end;
		}
		return new Deployment("Contoso", "Lync2013", 10, List.of(
				new Deployment.Authority(Machines.ISSUER, "CN=Contoso Issuing CA, DC=contoso, DC=com"),
				new Deployment.Authority("ContosoRootCA", "CN=Contoso Root CA, DC=contoso, DC=com")), sites);
	}

	/** Pool sizes summing to {@code chatServers}; the last pool takes what is left. */
	private List<Integer> poolSizes(int chatServers) {
		List<Integer> sizes = new ArrayList<>();
		int left = chatServers;
		while (left > 0) {
			int size = Math.min(left, weightedSize());
			sizes.add(size);
			left -= size;
		}
		return sizes;
	}

	private int weightedSize() {
		int total = 0;
		for (int weight : SIZE_WEIGHTS) {
			total += weight;
		}
		int pick = random.nextInt(total);
		for (int i = 0; i < SIZE_WEIGHTS.length; i++) {
			pick -= SIZE_WEIGHTS[i];
			if (pick < 0) {
				return i + 1;
			}
		}
		throw new AssertionError("weights cover every pick");
	}

	private Site site(int number, List<Integer> poolSizes, PoolFactory pools) {
		String domain = "site" + number + ".contoso.com";
		String timezone = Machines.TIMEZONES.get(number % Machines.TIMEZONES.size());
		boolean standardEdition = number % 10 == 0;
		List<SqlServer> sql = new ArrayList<>();
		List<FileShare> shares = new ArrayList<>();
		List<FrontEndPool> frontEnds = new ArrayList<>();
		List<StandardServer> standard = new ArrayList<>();
		String nextHop;
		if (standardEdition) {
			nextHop = "SE" + number;
			standard.add(machines.standardServer(nextHop, domain));
		} else {
			nextHop = "FE" + number;
			sql.add(machines.sqlServer("SQLBE" + number, domain, List.of(new Instance("RTC"))));
			shares.add(new FileShare("LyncShare" + number, "\\\\fs" + number + "." + domain + "\\lyncshare"));
			frontEnds.add(machines.frontEndPool(nextHop, domain, "SQLBE" + number + ".RTC", "LyncShare" + number,
					2 + number % 3));
		}
		String chatShare = "ChatShare" + number;
		shares.add(new FileShare(chatShare, "\\\\fs" + number + "." + domain + "\\pchatfiles"));
		List<ChatPool> chatPools = pools.pools(number, domain, timezone, nextHop, chatShare, poolSizes);
		sql.addAll(pools.databaseServers(domain, chatPools));
		return new Site("Site" + number, timezone, sql, shares, frontEnds, standard, chatPools);
	}
}
