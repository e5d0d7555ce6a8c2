package org.pcchat.dsl.cli.importer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The language's values from a facts file's (docs/import.md, "Facts", the table of what each fact is written as). */
final class FactValues {

	/** .NET Framework 4.5's Release value; later versions have higher ones. Source: https://learn.microsoft.com/en-us/dotnet/framework/migration-guide/how-to-determine-which-versions-are-installed */
	static final int DOT_NET_45_RELEASE = 378389;

	/**
	 * The hotfixes Microsoft requires before installing Skype for Business Server 2015 (KB2858668 on
	 * Windows Server 2012, KB2982006 on 2012 R2, KB2533623 on 2008 R2): the ones written into
	 * {@code installed}, of the hundreds a server has. Source:
	 * https://learn.microsoft.com/en-us/skypeforbusiness/plan-your-deployment/requirements-for-your-environment/server-requirements
	 */
	static final Set<String> LISTED_HOTFIXES = Set.of("KB2858668", "KB2982006", "KB2533623");

	private FactValues() {
	}

	static Draft.Hardware hardware(Facts.Hardware hw) {
		String arch = architecture(hw.architecture());
		BigDecimal clock = hw.clockMHz() == null || hw.clockMHz() <= 0 ? null
				: BigDecimal.valueOf(hw.clockMHz()).movePointLeft(3).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
		Integer memory = hw.memoryGB() == null ? null
				: BigDecimal.valueOf(hw.memoryGB()).setScale(0, RoundingMode.HALF_UP).intValue();
		Integer disks = hw.disks() == null ? null : hw.disks().size();
		boolean ssd = hw.disks() != null && !hw.disks().isEmpty()
				&& hw.disks().stream().allMatch(d -> d.type() != null && d.type().equalsIgnoreCase("SSD"));
		Integer network = hw.linkGbps() == null ? null : (int) Math.floor(hw.linkGbps());
		return new Draft.Hardware(arch, positive(hw.sockets()), positive(hw.coresPerSocket()), clock, memory, disks, ssd,
				hw.networkAdapters(), Boolean.TRUE.equals(hw.teamed()), network);
	}

	/** x64, x86 or ia64, from what the collector writes (or Win32_Processor's words); null otherwise. */
	static String architecture(String architecture) {
		if (architecture == null) {
			return null;
		}
		return switch (architecture.strip().toLowerCase(Locale.ROOT)) {
			case "x64", "amd64", "64-bit", "x86_64", "em64t" -> "x64";
			case "x86", "32-bit", "i386", "i686" -> "x86";
			case "ia64", "itanium" -> "ia64";
			default -> null;
		};
	}

	private static Integer positive(Integer value) {
		return value == null || value <= 0 ? null : value;
	}

	/** The {@code installed} items the software facts show, in the language's order. */
	static List<String> installed(Facts.Software software) {
		List<String> items = new ArrayList<>();
		if (software.features() != null && software.features().stream().anyMatch("MSMQ-Server"::equalsIgnoreCase)) {
			items.add("MSMQ");
		}
		if (software.dotNetRelease() != null && software.dotNetRelease() >= DOT_NET_45_RELEASE) {
			items.add("DotNet45");
		}
		if (powerShellMajor(software.powerShell()) >= 3) {
			items.add("PowerShell3");
		}
		if (Boolean.TRUE.equals(software.wif())) {
			items.add("WIF");
		}
		Set<String> hotfixes = new TreeSet<>();
		if (software.hotfixes() != null) {
			for (String hotfix : software.hotfixes()) {
				String id = hotfix.strip().toUpperCase(Locale.ROOT);
				if (LISTED_HOTFIXES.contains(id)) {
					hotfixes.add(id);
				}
			}
		}
		items.addAll(hotfixes);
		return items;
	}

	private static int powerShellMajor(String version) {
		if (version == null || !version.strip().matches("\\d{1,3}(\\.\\d+)*")) {
			return -1;
		}
		return Integer.parseInt(version.strip().split("\\.")[0]);
	}

	/** Express, Standard, Enterprise... from SERVERPROPERTY('Edition'), or null for one the language does not know. */
	static String sqlEdition(String edition) {
		String lower = edition == null ? "" : edition.toLowerCase(Locale.ROOT);
		for (String known : new String[] {"Express", "Web", "Workgroup", "Standard", "Enterprise", "Developer"}) {
			if (lower.startsWith(known.toLowerCase(Locale.ROOT))) {
				return known;
			}
		}
		return null;
	}

	/** SERVERPROPERTY('Edition') says "(64-bit)" for a 64-bit installation and nothing for a 32-bit one. */
	static boolean sqlX86(String edition) {
		return edition != null && !edition.contains("64-bit");
	}

	/** The certificate a machine presents: one naming its FQDN (exactly first, then by wildcard), the latest to expire. */
	static Facts.Certificate certificateFor(String fqdn, List<Facts.Certificate> certificates) {
		if (fqdn == null || certificates == null) {
			return null;
		}
		return certificates.stream().filter(c -> names(c, fqdn) > 0)
				.max(Comparator.<Facts.Certificate>comparingInt(c -> names(c, fqdn))
						.thenComparing(c -> String.valueOf(c.notAfter()))
						.thenComparing(c -> String.valueOf(c.thumbprint()), Comparator.reverseOrder()))
				.orElse(null);
	}

	/** 2 when the certificate names the FQDN, 1 when a wildcard covers it, 0 otherwise. */
	private static int names(Facts.Certificate certificate, String fqdn) {
		List<String> names = new ArrayList<>();
		names.add(commonName(certificate.subject()));
		if (certificate.san() != null) {
			names.addAll(certificate.san());
		}
		int best = 0;
		for (String name : names) {
			if (name == null) {
				continue;
			}
			if (name.equalsIgnoreCase(fqdn)) {
				return 2;
			}
			if (name.startsWith("*.") && fqdn.indexOf('.') > 0
					&& fqdn.substring(fqdn.indexOf('.')).equalsIgnoreCase(name.substring(1))) {
				best = 1;
			}
		}
		return best;
	}

	/** The CN of a distinguished name ({@code CN=pc01.contoso.com, O=...}), or the name itself when it has none. */
	static String commonName(String distinguishedName) {
		if (distinguishedName == null) {
			return null;
		}
		for (String part : distinguishedName.split("(?<!\\\\),")) {
			String rdn = part.strip();
			if (rdn.regionMatches(true, 0, "CN=", 0, 3)) {
				return rdn.substring(3).strip();
			}
		}
		return distinguishedName.strip();
	}

	/** A distinguished name compared as Windows does: attribute by attribute, ignoring case and blanks around them. */
	static String normalizedDn(String distinguishedName) {
		List<String> parts = new ArrayList<>();
		for (String part : distinguishedName.split("(?<!\\\\),")) {
			String[] pair = part.split("=", 2);
			parts.add(pair.length == 2 ? pair[0].strip().toLowerCase(Locale.ROOT) + "=" + pair[1].strip().toLowerCase(Locale.ROOT)
					: part.strip().toLowerCase(Locale.ROOT));
		}
		return String.join(",", parts);
	}
}
