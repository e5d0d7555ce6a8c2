package org.pcchat.dsl.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.pcchat.dsl.model.ElementKinds;
import org.pcchat.dsl.model.OsEdition;
import org.pcchat.dsl.model.OsVersion;
import org.pcchat.dsl.model.Prerequisite;
import org.pcchat.dsl.model.Values;
import org.pcchat.dsl.pctopo.Installed;
import org.pcchat.dsl.pctopo.OperatingSystem;
import org.pcchat.dsl.pctopo.PersistentChatPool;
import org.pcchat.dsl.pctopo.Server;
import org.pcchat.dsl.pctopo.StandardServer;
import org.pcchat.dsl.product.Ports;
import org.pcchat.dsl.product.Support;
import org.pcchat.dsl.rules.Rules;

/**
 * Items of the computers that run Lync Server: Front End servers, Standard Edition servers and
 * Persistent Chat servers (docs/rules.md#pc401 to #pc503): operating system, prerequisites, Message
 * Queuing, hardware, firewall and time zone. Certificates are {@link CertificateItems}'.
 */
final class LyncServerItems {

	private static final String FIREWALL_RULE = "Lync Server Persistent Chat";

	private final Deployment deployment;
	private final CertificateItems certificates;

	LyncServerItems(Deployment deployment, CertificateItems certificates) {
		this.deployment = deployment;
		this.certificates = certificates;
	}

	/** A server of a Front End pool. */
	void addFrontEndServer(Drafts drafts, Server server) {
		addCommon(drafts, server, server.getOs(), server.getInstalled());
		HardwareItems.add(drafts, server, server.getHardware(), Deployment.osOf(server.getOs()),
				Rules.HARDWARE_BELOW_RECOMMENDED, Rules.MULTI_HOMED, Rules.ARCHITECTURE_NOT_X64);
		certificates.addFrontEnd(drafts, server, server.getCertificate());
	}

	/** A Standard Edition server; with a collocated pool it is a Persistent Chat server too. */
	void addStandardServer(Drafts drafts, StandardServer server) {
		List<PersistentChatPool> pools = deployment.poolsCollocatedOn(server);
		OsVersion os = Deployment.osOf(server.getOs());
		addCommon(drafts, server, server.getOs(), server.getInstalled());
		if (!pools.isEmpty()) {
			addMessageQueuing(drafts, server, os, server.getInstalled());
		}
		HardwareItems.add(drafts, server, server.getHardware(), os, Rules.HARDWARE_BELOW_RECOMMENDED, Rules.MULTI_HOMED,
				Rules.ARCHITECTURE_NOT_X64);
		if (pools.isEmpty()) {
			certificates.addFrontEnd(drafts, server, server.getCertificate());
		} else {
			certificates.addCollocatedHost(drafts, server, server.getCertificate());
			addFirewall(drafts, server, os, pools.get(0));
		}
	}

	/** A server of a Persistent Chat pool. */
	void addChatServer(Drafts drafts, Server server, PersistentChatPool pool) {
		OsVersion os = Deployment.osOf(server.getOs());
		addMessageQueuing(drafts, server, os, server.getInstalled());
		addCommon(drafts, server, server.getOs(), server.getInstalled());
		HardwareItems.add(drafts, server, server.getHardware(), os, Rules.HARDWARE_BELOW_RECOMMENDED, Rules.MULTI_HOMED,
				Rules.ARCHITECTURE_NOT_X64);
		addFirewall(drafts, server, os, pool);
		if (Deployment.isActive(server) && pool.getNextHop() != null && !pool.getNextHop().eIsProxy()) {
			addTimeZone(drafts, server, pool);
		}
	}

	private void addCommon(Drafts drafts, EObject server, OperatingSystem os, Installed installed) {
		addOperatingSystem(drafts, server, os);
		addPrerequisites(drafts, server, Deployment.osOf(os), installed);
	}

	private void addOperatingSystem(Drafts drafts, EObject server, OperatingSystem os) {
		String host = Deployment.fqdn(server);
		ItemDraft item = drafts.add(server, "os").on(host).why(Rules.OS_UNSUPPORTED, Rules.OS_EDITION_UNSUPPORTED)
				.check(Commands.operatingSystem(Deployment.osOf(os)));
		if (os == null) {
			item.verify("The topology does not say which Windows Server runs " + host + ": check it is one "
					+ deployment.profile.displayName() + " supports (" + deployment.profile.describeOsChoices()
					+ "), a full installation (not Server Core) of Standard, Enterprise or Datacenter edition")
					.why(Rules.CUMULATIVE_UPDATE_REQUIRED);
			return;
		}
		if (!Commands.isLegacy(Deployment.osOf(os))) {
			item.check("Get-WindowsFeature Server-Gui-Shell");
		}
		item.ifDeployed("Check that " + host + " runs " + describe(os) + ", a full installation, not Server Core");
		Optional<Support> support = Values.osVersion(os).flatMap(deployment.profile::os);
		support.filter(supported -> supported.cumulativeUpdate() > 0).ifPresent(supported -> item.why(Rules.CUMULATIVE_UPDATE_REQUIRED));
		String full = " as a full installation of Standard, Enterprise or Datacenter edition, not Server Core";
		String given = "; the topology gives " + describe(os);
		if (support.isEmpty()) {
			// the fix, never the unsupported version as the thing to install
			item.todo("Install a Windows Server version " + deployment.profile.displayName() + " supports ("
					+ Commands.humanChoices(deployment.profile.describeOsChoices()) + ") on " + host + full + given);
		} else if (support.get().lacksServicePack(Values.servicePack(os.getServicePack()))) {
			item.todo("Install Service Pack " + support.get().servicePack() + " for " + humanVersion(os)
					+ " on " + host + (isFullSupportedEdition(os) ? "" : ", and use a full installation of Standard, Enterprise"
							+ " or Datacenter edition") + given);
		} else if (!isFullSupportedEdition(os)) {
			item.todo("Install " + humanVersion(os) + " on " + host + full + given);
		} else {
			item.todo("Install " + describe(os) + " on " + host + " as a full installation, not Server Core");
		}
	}

	/** Not Server Core, and not the Web or HPC edition (PC402). */
	private static boolean isFullSupportedEdition(OperatingSystem os) {
		// an unknown edition is PC006's, not judged here
		boolean edition = Values.osEdition(os).map(known -> known != OsEdition.WEB && known != OsEdition.HPC).orElse(true);
		return edition && !os.isCore();
	}

	/** "Windows Server 2008 R2 Enterprise SP1". */
	private static String describe(OperatingSystem os) {
		String edition = os.getEdition() == null ? ""
				: " " + Values.osEdition(os).map(OsEdition::getLiteral).orElse(os.getEdition());
		return humanVersion(os) + edition + (Values.servicePack(os.getServicePack()) > 0 ? " SP" + os.getServicePack() : "");
	}

	/** "Windows Server 2008 R2"; a version pcchat does not know as written. */
	private static String humanVersion(OperatingSystem os) {
		return Values.osVersion(os).map(known -> Commands.humanVersion(known.getLiteral()))
				.orElse(os.getVersion() == null ? "Windows Server" : os.getVersion());
	}

	private void addPrerequisites(Drafts drafts, EObject server, OsVersion os, Installed installed) {
		String host = Deployment.fqdn(server);
		// the Windows update the product needs on this (supported) Windows Server version, PC404's
		String hotfix = os == null ? null : deployment.profile.hotfix(os).orElse(null);
		String what = (hotfix == null ? ".NET Framework 4.5, Windows PowerShell 3.0 and Windows Identity Foundation"
				: ".NET Framework 4.5, Windows PowerShell 3.0, Windows Identity Foundation and update " + hotfix) + " on " + host;
		ItemDraft item = drafts.add(server, "prerequisites").on(host).why(Rules.PREREQUISITES_MISSING);
		if (Commands.isLegacy(os)) {
			item.check("$PSVersionTable.PSVersion",
					"(Get-ItemProperty 'HKLM:\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v4\\Full').Release",
					"Get-HotFix -Id KB974405");
			what += " (Windows Server 2008 R2: Windows Management Framework 3.0, the .NET Framework 4.5 installer and"
					+ " update KB974405)";
		} else {
			item.run(Commands.installFeatures(os, "NET-Framework-45-Core, Windows-Identity-Foundation"))
					.check("Get-WindowsFeature NET-Framework-45-Core, Windows-Identity-Foundation", "$PSVersionTable.PSVersion");
		}
		if (hotfix != null) {
			item.why(Rules.HOTFIX_MISSING).check("Get-HotFix -Id " + hotfix);
		}
		if (installed == null) {
			item.verify("Install " + what + "; the topology has no installed list, so check each of them")
					.ifDeployed("Check that " + what.replaceFirst(" on ", " are installed on ")
							+ "; the topology has no installed list");
		} else {
			item.todo("Install " + what).ifDeployed("Check that " + what.replaceFirst(" on ", " are installed on "));
		}
	}

	private void addMessageQueuing(Drafts drafts, EObject server, OsVersion os, Installed installed) {
		String host = Deployment.fqdn(server);
		boolean listed = Values.prerequisites(installed).contains(Prerequisite.MSMQ);
		drafts.add(server, "msmq").on(host).why(Rules.NO_MSMQ).deployed(deployedFor(server))
				.todo("Install Message Queuing (Windows feature MSMQ-Server) on " + host
						+ (listed ? "" : "; the topology does not list MSMQ as installed"))
				.ifDeployed("Check that Message Queuing (Windows feature MSMQ-Server) is installed on " + host)
				.run(Commands.installFeatures(os, "MSMQ-Server")).check(Commands.getFeatures(os, "MSMQ-Server"));
	}

	private void addFirewall(Drafts drafts, EObject server, OsVersion os, PersistentChatPool pool) {
		String host = Deployment.fqdn(server);
		int port = Deployment.portOf(pool);
		List<Integer> ports = new ArrayList<>(List.of(port));
		Ports.OTHER_PERSISTENT_CHAT.stream().filter(other -> other != port).forEach(ports::add);
		// the ports are reached from other machines once the services run (verification phase)
		String described = port + " (Persistent Chat SIP, MTLS), " + Ports.PERSISTENT_CHAT_WCF + " (Persistent Chat WCF), "
				+ Ports.FILE_TRANSFER + " (file transfer) and " + Ports.POOL_SERVERS + " (between pool servers and for administration)";
		drafts.add(server, "firewall").on(host).why(Rules.PORT_OUT_OF_RANGE, Rules.PORT_IN_USE).deployed(deployedFor(server))
				.todo("Allow inbound TCP " + described + " on " + host)
				.ifDeployed("Check that inbound TCP " + described + " are allowed on " + host)
				.run(Commands.openPorts(os, FIREWALL_RULE, ports)).check(Commands.showFirewallRule(os, FIREWALL_RULE));
	}

	/**
	 * What Persistent Chat adds to a Standard Edition server (Message Queuing, its ports) is new with a
	 * new collocated pool, even on a server that runs already; a pool server is deployed with its pool.
	 */
	private boolean deployedFor(EObject server) {
		if (server instanceof StandardServer standard) {
			return deployment.poolsCollocatedOn(standard).stream().allMatch(Deployment::isExisting);
		}
		return Deployment.isExisting(server);
	}

	private void addTimeZone(Drafts drafts, Server server, PersistentChatPool pool) {
		String host = Deployment.fqdn(server);
		String zone = Deployment.timezoneOf(server);
		String hopZone = Deployment.timezoneOf(pool.getNextHop());
		String nextHop = ElementKinds.label(pool.getNextHop());
		ItemDraft item = drafts.add(server, "timezone").on(host).why(Rules.TIME_ZONE_MISMATCH).check("tzutil /g");
		if (zone == null || hopZone == null) {
			item.verify("The topology does not say the time zone of " + host + " or of its next hop " + nextHop
					+ ": check that tzutil /g shows the same time zone on both");
		} else {
			item.todo("Set the time zone of " + host + " to " + hopZone + ", that of its next hop " + nextHop
					+ (zone.equals(hopZone) ? "" : " (the topology gives it " + zone + ")"))
					.ifDeployed("Check that the time zone of " + host + " is " + hopZone + ", that of its next hop " + nextHop)
					.run("tzutil /s " + Commands.quote(hopZone));
		}
	}
}
