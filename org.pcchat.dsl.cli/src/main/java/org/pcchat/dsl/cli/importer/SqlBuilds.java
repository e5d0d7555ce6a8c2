package org.pcchat.dsl.cli.importer;

import java.util.List;

/**
 * SQL Server's version and service pack from its build number (SERVERPROPERTY('ProductVersion')):
 * the one table pcchat keeps of them. A build belongs to the newest service pack whose first build
 * it reaches (a cumulative update on SP2 is still SP2). Source: Microsoft, "Determine the version,
 * edition, and update level of SQL Server and its components" and the per-version build lists it
 * links, https://learn.microsoft.com/en-us/troubleshoot/sql/releases/download-and-install-latest-updates
 */
final class SqlBuilds {

	/** A major.minor version, the language's name for it, and the first build of RTM, SP1, SP2... */
	private record Release(int major, int minor, String version, int... servicePackBuilds) {
	}

	private static final List<Release> RELEASES = List.of(
			new Release(8, 0, "SQL2000", 194, 384, 532, 760, 2039),
			new Release(9, 0, "SQL2005", 1399, 2047, 3042, 4035, 5000),
			new Release(10, 0, "SQL2008", 1600, 2531, 4000, 5500, 6000),
			new Release(10, 50, "SQL2008R2", 1600, 2500, 4000, 6000),
			new Release(11, 0, "SQL2012", 2100, 3000, 5058, 6020, 7001),
			new Release(12, 0, "SQL2014", 2000, 4100, 5000, 6024),
			new Release(13, 0, "SQL2016", 1601, 4001, 5026, 6300),
			new Release(14, 0, "SQL2017", 1000),
			new Release(15, 0, "SQL2019", 2000),
			new Release(16, 0, "SQL2022", 1000));

	/** The language's version and service pack (0 for RTM) of a build such as {@code 11.0.5058.0}. */
	record Build(String version, int servicePack) {
	}

	private SqlBuilds() {
	}

	/** The version and service pack, or null when the build is not one of a version the table knows. */
	static Build of(String productVersion) {
		if (productVersion == null || !productVersion.strip().matches("\\d{1,3}\\.\\d{1,3}\\.\\d{1,6}(\\.\\d{1,6})?")) {
			return null;
		}
		String[] parts = productVersion.strip().split("\\.");
		int major = Integer.parseInt(parts[0]);
		int minor = Integer.parseInt(parts[1]);
		int build = Integer.parseInt(parts[2]);
		for (Release release : RELEASES) {
			if (release.major() == major && release.minor() == minor) {
				int servicePack = -1;
				for (int i = 0; i < release.servicePackBuilds().length; i++) {
					if (build >= release.servicePackBuilds()[i]) {
						servicePack = i;
					}
				}
				return servicePack < 0 ? null : new Build(release.version(), servicePack);
			}
		}
		return null;
	}
}
