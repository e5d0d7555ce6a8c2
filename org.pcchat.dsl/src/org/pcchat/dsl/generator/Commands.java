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

	/** A query in a database of the instance, e.g. {@code master} for RESTORE. */
	static String sqlOn(String host, String instance, String database, String query) {
		return "Invoke-Sqlcmd -ServerInstance " + serverInstance(host, instance) + " -Database " + database + " -Query \""
				+ query + "\"";
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

	/** Shows the inbound rule {@link #openPorts} made, on the machine itself. */
	static String showFirewallRule(OsVersion os, String name) {
		if (isLegacy(os)) {
			return "netsh advfirewall firewall show rule name=\"" + name + "\"";
		}
		return "Get-NetFirewallRule -DisplayName " + quote(name) + " | Get-NetFirewallPortFilter";
	}

	/**
	 * Reaches a TCP port from the machine the command runs on ({@code from}): Test-NetConnection
	 * exists from Windows Server 2012 R2 (PowerShell 4.0); elsewhere, or when the OS is unknown, a
	 * TcpClient, which throws when nothing listens.
	 */
	static String reachPort(OsVersion from, String host, int port) {
		if (from != null && from.compareTo(OsVersion.WINDOWS_SERVER2012_R2) >= 0) {
			return "Test-NetConnection " + arg(host) + " -Port " + port;
		}
		return "(New-Object System.Net.Sockets.TcpClient(" + quote(host) + ", " + port + ")).Connected";
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

	/** {@code WindowsServer2008R2} as people write it: {@code Windows Server 2008 R2}; {@code SQL2012}: {@code SQL Server 2012}. */
	static String humanVersion(String literal) {
		return literal.replaceFirst("^WindowsServer", "Windows Server ").replaceFirst("^SQL", "SQL Server ")
				.replaceFirst("R2$", " R2");
	}

	/** A profile's list of choices ({@code WindowsServer2008R2 sp 1, SQL2016 sp 1 (from cu 7)}) in plain words. */
	static String humanChoices(String choices) {
		StringBuilder out = new StringBuilder();
		for (String choice : choices.split(", ")) {
			String[] words = choice.split(" ", 2);
			String rest = words.length > 1 ? " " + words[1] : "";
			rest = rest.replaceAll("sp (\\d+)", "SP$1").replaceAll("from cu (\\d+)", "from CU$1");
			out.append(out.isEmpty() ? "" : ", ").append(humanVersion(words[0])).append(rest);
		}
		return out.toString();
	}

	private Commands() {
	}
}
