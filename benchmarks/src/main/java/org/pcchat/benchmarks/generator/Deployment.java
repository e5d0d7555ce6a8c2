package org.pcchat.benchmarks.generator;

import java.util.List;

/**
 * A generated Lync Server 2013 deployment with Persistent Chat, independent of the notation it is
 * written in: {@link PctopoWriter} writes it as a {@code .pctopo} topology, {@link JsonWriter} as
 * JSON. Optional values are null (numbers: 0) when absent.
 */
public record Deployment(String name, String product, int cumulativeUpdate, List<Authority> authorities,
		List<Site> sites) {

	public record Authority(String name, String distinguishedName) {
	}

	public record Site(String name, String timezone, List<SqlServer> sqlServers, List<FileShare> fileShares,
			List<FrontEndPool> frontEndPools, List<StandardServer> standardServers, List<ChatPool> chatPools) {
	}

	public record SqlServer(String name, String fqdn, Sql sql, Os os, Hardware hardware, List<Instance> instances) {
	}

	public record Sql(String version, int servicePack, String edition) {
	}

	public record Instance(String name) {
	}

	/** {@code path} as Windows writes it, e.g. {@code \\fs01.contoso.com\share}. */
	public record FileShare(String name, String path) {
	}

	public record FrontEndPool(String name, String fqdn, String backend, String fileStore, List<Server> servers) {
	}

	public record StandardServer(String name, String fqdn, Os os, Hardware hardware, List<String> installed,
			Certificate certificate, Instance instance) {
	}

	/** A Persistent Chat pool; {@code backup} and {@code mirror} are null when it has none. */
	public record ChatPool(String name, boolean single, String fqdn, int port, String nextHop, String store,
			String compliance, String backup, String mirror, String fileStore, int users, List<Server> servers) {
	}

	public record Server(String name, boolean standby, String fqdn, Os os, String timezone, Hardware hardware,
			List<String> installed, Certificate certificate) {
	}

	/** {@code servicePack} 0: none written. */
	public record Os(String version, String edition, int servicePack) {
	}

	public record Certificate(String subject, List<String> alternativeNames, String issuer, int keySize) {
	}

	public record Hardware(String arch, int sockets, int cores, String clockGhz, int memoryGb, int disks, boolean ssd,
			int nics, int networkGbps) {
	}

	/** How many Persistent Chat servers the deployment has. */
	public int chatServers() {
		return sites.stream().flatMap(site -> site.chatPools().stream()).mapToInt(pool -> pool.servers().size()).sum();
	}
}
