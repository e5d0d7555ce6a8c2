package org.pcchat.benchmarks.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.pcchat.benchmarks.generator.Deployment.Certificate;
import org.pcchat.benchmarks.generator.Deployment.FrontEndPool;
import org.pcchat.benchmarks.generator.Deployment.Hardware;
import org.pcchat.benchmarks.generator.Deployment.Instance;
import org.pcchat.benchmarks.generator.Deployment.Os;
import org.pcchat.benchmarks.generator.Deployment.Server;
import org.pcchat.benchmarks.generator.Deployment.Sql;
import org.pcchat.benchmarks.generator.Deployment.SqlServer;
import org.pcchat.benchmarks.generator.Deployment.StandardServer;

/**
 * Machines as a Lync Server 2013 deployment has them: supported operating systems and SQL Server
 * versions, the recommended hardware or better, every prerequisite installed, and 2048- or 4096-bit
 * certificates from the one issuing CA, named after the server and its pool.
 */
final class Machines {

	static final String ISSUER = "ContosoCA";
	static final List<String> TIMEZONES = List.of("Pacific Standard Time", "Eastern Standard Time",
			"GMT Standard Time", "W. Europe Standard Time", "Tokyo Standard Time", "AUS Eastern Standard Time");
	private static final List<String> EVERY_SERVER = List.of("DotNet45", "PowerShell3", "WIF");
	private static final List<String> CHAT_SERVER = List.of("MSMQ", "DotNet45", "PowerShell3", "WIF");
	private static final List<Os> LYNC_OS = List.of(new Os("WindowsServer2012R2", "Standard", 0),
			new Os("WindowsServer2012", "Datacenter", 0), new Os("WindowsServer2008R2", "Enterprise", 1));
	private static final List<Sql> SQL = List.of(new Sql("SQL2012", 2, "Enterprise"),
			new Sql("SQL2012", 4, "Standard"), new Sql("SQL2008R2", 3, "Enterprise"));

	private final SplittableRandom random;

	Machines(SplittableRandom random) {
		this.random = random;
	}

	Server chatServer(String name, boolean standby, String fqdn, String timezone, String poolFqdn) {
		return new Server(name, standby, fqdn, pick(LYNC_OS), timezone, hardware(), CHAT_SERVER,
				certificate(fqdn, poolFqdn));
	}

	FrontEndPool frontEndPool(String name, String domain, String backend, String fileStore, int size) {
		String poolFqdn = name.toLowerCase() + "." + domain;
		List<Server> servers = new ArrayList<>();
		for (int i = 1; i <= size; i++) {
			String fqdn = name.toLowerCase() + "n" + i + "." + domain;
			servers.add(new Server(name.toLowerCase() + "n" + i, false, fqdn, pick(LYNC_OS), null, hardware(),
					EVERY_SERVER, certificate(fqdn, poolFqdn)));
		}
		return new FrontEndPool(name, poolFqdn, backend, fileStore, servers);
	}

	StandardServer standardServer(String name, String domain) {
		String fqdn = name.toLowerCase() + "." + domain;
		return new StandardServer(name, fqdn, pick(LYNC_OS), hardware(), EVERY_SERVER,
				new Certificate(fqdn, List.of(), ISSUER, 2048), new Instance("RTCLOCAL"));
	}

	SqlServer sqlServer(String name, String domain, List<Instance> instances) {
		return new SqlServer(name, name.toLowerCase() + "." + domain, pick(SQL),
				new Os("WindowsServer2012R2", "Standard", 0), hardware(), instances);
	}

	/** The recommended platform or better: two hex-core 2.26 GHz processors, 32 GB, 8 disks, one 1 Gbps adapter. */
	Hardware hardware() {
		boolean ssd = random.nextInt(4) == 0;
		return new Hardware("x64", 2, 6 + 2 * random.nextInt(3), pick(List.of("2.26", "2.4", "2.6")),
				32 * (1 + random.nextInt(2)), ssd ? 4 : 8 + 2 * random.nextInt(3), ssd, 1,
				random.nextBoolean() ? 1 : 10);
	}

	private Certificate certificate(String fqdn, String poolFqdn) {
		List<String> names = fqdn.equals(poolFqdn) ? List.of(fqdn) : List.of(poolFqdn, fqdn);
		return new Certificate(fqdn, names, ISSUER, random.nextInt(4) == 0 ? 4096 : 2048);
	}

	private <T> T pick(List<T> choices) {
		return choices.get(random.nextInt(choices.size()));
	}
}
