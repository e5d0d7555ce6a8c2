package org.pcchat.dsl.cli.importer;

import java.util.List;

/**
 * One machine's facts file (docs/import.md, "Facts"; schema {@code pcchat-facts/1}) as read: every field
 * may be null (unknown), except the file (its name, for comments in the output; its path as given, for
 * messages) and the FQDN.
 */
record Facts(String file, String path, String fqdn, String collected, String timeZone, Os os, Hardware hardware,
		Software software, List<SqlInstance> sqlInstances, List<Certificate> certificates) {

	record Os(String caption, String version, Integer servicePack, String installationType) {
	}

	record Hardware(String architecture, Integer sockets, Integer coresPerSocket, Integer clockMHz, Double memoryGB,
			List<Disk> disks, Integer networkAdapters, Boolean teamed, Double linkGbps) {
	}

	record Disk(String type, Double sizeGB) {
	}

	record Software(List<String> features, Integer dotNetRelease, String powerShell, Boolean wif,
			List<String> hotfixes) {
	}

	record SqlInstance(String name, String version, String edition, String productLevel, String updateLevel,
			Boolean alwaysOn, Boolean clustered) {
	}

	record Certificate(String subject, List<String> san, String issuer, Integer keySize, String notAfter,
			String thumbprint) {
	}
}
