package org.pcchat.dsl.generator;

import java.util.List;
import java.util.regex.Pattern;

import org.pcchat.dsl.model.OsVersion;

/**
 * Windows PowerShell command lines of the checklist. Values from the topology are passed as
 * single-quoted literals unless they are plain tokens, so that no topology text is ever run.
 */
final class Commands {

	private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._-]+");

	/** Windows Server 2008 R2 has no Install-WindowsFeature, NetSecurity or CIM cmdlets. */
	static boolean isLegacy(OsVersion os) {
		return os != null && os.compareTo(OsVersion.WINDOWS_SERVER2008_R2) <= 0;
	}

	/** A command argument: a plain token as it is, anything else as a single-quoted literal. */
	static String arg(String value) {
		if (value != null && PLAIN.matcher(value).matches()) {
			return value;
		}
		return quote(value);
	}

	/** A single-quoted PowerShell literal: nothing in it is expanded. */
	static String quote(String value) {
		String text = value == null ? "" : value.replace("\r", " ").replace("\n", " ");
		return "'" + text.replace("'", "''") + "'";
	}

	/** Installs Windows features; on an unknown OS both forms, the older one marked. */
	static List<String> installFeatures(OsVersion os, String features) {
		String modern = "Install-WindowsFeature " + features;
		String legacy = "Import-Module ServerManager; Add-WindowsFeature " + features;
		if (os == null) {
			return List.of(modern, legacy + "  # Windows Server 2008 R2");
		}
		return List.of(isLegacy(os) ? legacy : modern);
	}

	static String getFeatures(OsVersion os, String features) {
		return (isLegacy(os) ? "Import-Module ServerManager; " : "") + "Get-WindowsFeature " + features;
	}

	/** The SQL Server instance as Invoke-Sqlcmd names it: {@code host\INSTANCE}, or the host alone. */
	static String serverInstance(String host, String instance) {
		boolean defaultInstance = instance == null || "MSSQLSERVER".equalsIgnoreCase(instance);
		return quote(defaultInstance ? host : host + "\\" + instance);
	}

	static String sql(String host, String instance, String query) {
		return "Invoke-Sqlcmd -ServerInstance " + serverInstance(host, instance) + " -Query \"" + query + "\"";
	}

	/** Opens inbound TCP ports; Windows Server 2008 R2 only has netsh. */
	static String openPorts(OsVersion os, String name, List<Integer> ports) {
		String list = String.join(",", ports.stream().map(String::valueOf).toList());
		if (isLegacy(os)) {
			return "netsh advfirewall firewall add rule name=\"" + name + "\" dir=in action=allow protocol=TCP localport="
					+ list;
		}
		return "New-NetFirewallRule -DisplayName " + quote(name) + " -Direction Inbound -Protocol TCP -LocalPort " + list
				+ " -Action Allow";
	}

	/** What a machine's processors, memory, disks and network adapters are. */
	static List<String> hardwareInventory(OsVersion os) {
		if (isLegacy(os)) {
			return List.of("Get-WmiObject Win32_Processor | Select-Object Name, NumberOfCores, MaxClockSpeed, AddressWidth",
					"Get-WmiObject Win32_ComputerSystem | Select-Object NumberOfProcessors, TotalPhysicalMemory",
					"Get-WmiObject Win32_DiskDrive | Select-Object Model, Size",
					"Get-WmiObject Win32_NetworkAdapter -Filter 'PhysicalAdapter=True' | Select-Object Name, Speed");
		}
		return List.of("Get-CimInstance Win32_Processor | Select-Object Name, NumberOfCores, MaxClockSpeed, AddressWidth",
				"Get-CimInstance Win32_ComputerSystem | Select-Object NumberOfProcessors, TotalPhysicalMemory",
				"Get-PhysicalDisk | Select-Object FriendlyName, MediaType, Size",
				"Get-NetAdapter -Physical | Select-Object Name, LinkSpeed");
	}

	static String operatingSystem(OsVersion os) {
		return (isLegacy(os) ? "Get-WmiObject" : "Get-CimInstance")
				+ " Win32_OperatingSystem | Select-Object Caption, Version, ServicePackMajorVersion, OSArchitecture";
	}

	private Commands() {
	}
}
