package org.pcchat.dsl.cli.importer;

import java.util.Locale;
import java.util.Map;

/**
 * The language's operating system from Win32_OperatingSystem's Version (the kernel version decides:
 * 6.3 is Windows Server 2012 R2 whatever the caption says) and Caption (the edition, and whether it
 * is a server at all). Windows Server 2016 and later share kernel 10.0 and differ by build.
 * Source: Microsoft, "Operating System Version",
 * https://learn.microsoft.com/en-us/windows/win32/sysinfo/operating-system-version, and the build
 * numbers of each Windows Server release, https://learn.microsoft.com/en-us/windows-server/get-started/windows-server-release-info
 */
final class OsVersions {

	private static final Map<String, String> KERNELS = Map.of("5.2", "WindowsServer2003", "6.0", "WindowsServer2008",
			"6.1", "WindowsServer2008R2", "6.2", "WindowsServer2012", "6.3", "WindowsServer2012R2");
	private static final Map<String, String> BUILDS_10 = Map.of("14393", "WindowsServer2016", "17763",
			"WindowsServer2019", "20348", "WindowsServer2022");

	private OsVersions() {
	}

	/** The language's version, or null when the facts name no Windows Server version it knows. */
	static String version(Facts.Os os) {
		String caption = os.caption() == null ? "" : os.caption();
		if (!caption.isEmpty() && !caption.toLowerCase(Locale.ROOT).contains("server")) {
			return null; // a client Windows shares the server's kernel version
		}
		if (os.version() != null) {
			String[] parts = os.version().strip().split("\\.");
			if (parts.length >= 2) {
				String kernel = parts[0] + "." + parts[1];
				if (KERNELS.containsKey(kernel)) {
					return KERNELS.get(kernel);
				}
				if (kernel.equals("10.0") && parts.length >= 3) {
					return BUILDS_10.get(parts[2]);
				}
				return null;
			}
		}
		String compact = caption.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
		for (String version : new String[] {"2022", "2019", "2016", "2012R2", "2012", "2008R2", "2008", "2003"}) {
			if (compact.contains("windowsserver" + version.toLowerCase(Locale.ROOT))) {
				return "WindowsServer" + version;
			}
		}
		return null;
	}

	/** The language's edition from the caption, or null when it names none the language knows. */
	static String edition(String caption) {
		String lower = caption == null ? "" : caption.toLowerCase(Locale.ROOT);
		if (lower.contains("datacenter")) {
			return "Datacenter";
		}
		if (lower.contains("enterprise")) {
			return "Enterprise";
		}
		if (lower.contains("standard")) {
			return "Standard";
		}
		if (lower.contains("hpc") || lower.contains("compute cluster")) {
			return "HPC";
		}
		if (lower.contains("web")) {
			return "Web";
		}
		return null;
	}

	/** Whether the registry's InstallationType names a Server Core installation. */
	static boolean core(String installationType) {
		return installationType != null && installationType.toLowerCase(Locale.ROOT).contains("core");
	}
}
