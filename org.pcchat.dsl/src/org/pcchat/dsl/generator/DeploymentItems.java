package org.pcchat.dsl.generator;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.pcchat.dsl.model.ElementKinds;
import org.pcchat.dsl.model.OsVersion;
import org.pcchat.dsl.pctopo.FrontEnd;
import org.pcchat.dsl.pctopo.PersistentChatPool;
import org.pcchat.dsl.pctopo.Server;
import org.pcchat.dsl.pctopo.StandardServer;
import org.pcchat.dsl.product.Ports;
import org.pcchat.dsl.rules.Rules;

/**
 * Items of the whole deployment, after its machines are ready: publishing the topology, setting
 * up the Persistent Chat servers in the Deployment Wizard's order (local store, components,
 * certificate, services), and checking that chat works end to end, from the machines that talk
 * to the pool.
 */
final class DeploymentItems {

	private final Deployment deployment;
	private final CertificateItems certificates;

	DeploymentItems(Deployment deployment, CertificateItems certificates) {
		this.deployment = deployment;
		this.certificates = certificates;
	}

	/** Everything after publishing reads the topology from the Central Management store. */
	void addPublishing(Drafts drafts) {
		String name = Deployment.name(deployment.topology);
		ItemDraft item = drafts.add(deployment.topology, "publish").why(Rules.NO_FRONT_END)
				.because("adding-persistent-chat", "Persistent Chat pools, their stores and file stores are defined in"
						+ " Topology Builder and published to the Central Management store.")
				.todo("Resolve every flagged error above, enter the topology " + name + " in Topology Builder and publish"
						+ " it to the Central Management store (or save it as " + name + ".tbxml and publish that file)")
				.ifDeployed("Check that the published topology has the Persistent Chat pools, databases and file stores of "
						+ name)
				.run("Publish-CsTopology -FileName " + Commands.quote(name + ".tbxml"));
		for (PersistentChatPool pool : deployment.chatPools()) {
			item.check("Get-CsService -PersistentChatServer -PoolFqdn " + Commands.arg(Deployment.fqdn(pool)));
		}
		item.check("Get-CsService -PersistentChatDatabase", "Get-CsService -FileStore");
	}

	void addEnabling(Drafts drafts) {
		drafts.add(deployment.topology, "enable").why(Rules.NO_FRONT_END)
				.todo("Enable the published topology once its databases are installed").run("Enable-CsTopology")
				.ifDeployed("Check that the Central Management store's replicas are up to date")
				.check("Get-CsManagementStoreReplicationStatus");
	}

	/** The Deployment Wizard's steps on a server of a pool: local store and components, certificate, services. */
	void addServerSetup(Drafts drafts, Server server, PersistentChatPool pool) {
		String host = Deployment.fqdn(server);
		drafts.add(server, "components").on(host).why(Rules.NO_MSMQ)
				.because("deploying-persistent-chat", "Setup runs on every Persistent Chat server: the local"
						+ " configuration store, then the Persistent Chat components.")
				.todo("On " + host + ", run the " + deployment.profile.displayName() + " Deployment Wizard: Install Local"
						+ " Configuration Store, then Setup or Remove Components; this also installs the Lync Server"
						+ " Management Shell that the next steps use")
				.ifDeployed("Check that the Persistent Chat components are installed on " + host)
				.run(bootstrapper()).check("Get-CsWindowsService");
		certificates.addChat(drafts, server, server.getCertificate(), pool);
		addServices(drafts, server);
		addActiveState(drafts, server, pool);
	}

	/** A Standard Edition server hosting a collocated pool already runs Lync: Setup adds the Persistent Chat components. */
	void addCollocatedSetup(Drafts drafts, StandardServer server, PersistentChatPool pool) {
		String host = Deployment.fqdn(server);
		drafts.add(server, "components").on(host).why(Rules.NO_MSMQ, Rules.COLLOCATED_EVALUATION_ONLY)
				.deployed(Deployment.isExisting(pool))
				.ifDeployed("Check that the Persistent Chat components of pool " + Deployment.fqdn(pool) + " are installed on " + host)
				.because("deploying-persistent-chat", "Setup adds the Persistent Chat components to the Standard Edition"
						+ " server the pool is collocated on.")
				.todo("On " + host + ", run the " + deployment.profile.displayName() + " Deployment Wizard's Setup or"
						+ " Remove Components to add Persistent Chat pool " + Deployment.fqdn(pool) + "; keep the server's"
						+ " default certificate (do not request or assign a new one)")
				.run(bootstrapper()).check("Get-CsWindowsService");
		addServices(drafts, server).deployed(Deployment.isExisting(pool));
	}

	private String bootstrapper() {
		String product = deployment.profile.displayName();
		String folder = product.startsWith("Lync") ? "Microsoft " + product : product;
		return "& \"$env:ProgramFiles\\" + folder + "\\Deployment\\Bootstrapper.exe\"";
	}

	private ItemDraft addServices(Drafts drafts, EObject server) {
		String host = Deployment.fqdn(server);
		return drafts.add(server, "services").on(host)
				.because("deploying-persistent-chat", "The Persistent Chat services start once components and certificate"
						+ " are in place.")
				.todo("Start the Lync Server services on " + host).ifDeployed("Check that the Lync Server services run on " + host)
				.run("Start-CsWindowsService")
				.check("Get-CsWindowsService");
	}

	/** Only servers on the active list accept connections; standby servers wait for a failover. */
	private void addActiveState(Drafts drafts, Server server, PersistentChatPool pool) {
		String host = Deployment.fqdn(server);
		String identity = Commands.quote("PersistentChatServer:" + Deployment.fqdn(pool));
		ItemDraft item = drafts.add(server, "state").on(host)
				.why(Rules.TOO_MANY_ACTIVE_SERVERS, Rules.TOO_MANY_SERVERS, Rules.STANDBY_WITHOUT_BACKUP)
				.check("Get-CsService -Identity " + identity + " | Format-List ActiveServers");
		if (pool.isSingle()) {
			item.why(Rules.SINGLE_POOL_WITH_SERVERS);
		}
		if (Deployment.isActive(server)) {
			item.todo("Add " + host + " to the active servers of " + Deployment.fqdn(pool))
					.ifDeployed("Check that " + host + " is among the active servers of " + Deployment.fqdn(pool))
					.run("Set-CsPersistentChatActiveServer -Identity " + identity + " -ActiveServers @{Add="
							+ Commands.quote(host) + "}");
		} else {
			item.verify("Keep " + host + " off the active servers of " + Deployment.fqdn(pool)
					+ ": as a standby server it serves only after a disaster-recovery failover");
		}
	}

	/** Chat end to end through the next hop, then the pool's ports from the machines that use them. */
	void addVerification(Drafts drafts, PersistentChatPool pool) {
		String fqdn = Deployment.fqdn(pool);
		FrontEnd nextHop = pool.getNextHop() == null || pool.getNextHop().eIsProxy() ? null : pool.getNextHop();
		String target = nextHop == null ? "<next hop FQDN>" : Deployment.fqdn(nextHop);
		drafts.add(pool, "message").why(Rules.NO_NEXT_HOP)
				.todo("Send a test chat message through " + (nextHop == null ? "the pool's next hop"
						: ElementKinds.label(nextHop)) + " to " + fqdn + " with the health-monitoring test users")
				.check("Get-CsService -PersistentChatServer -PoolFqdn " + Commands.arg(fqdn),
						"Test-CsPersistentChatMessage -TargetFqdn " + Commands.arg(target));
		List<EObject> servers = pool.getServers().isEmpty() && pool.getHost() instanceof StandardServer standard
				? List.of(standard) : List.copyOf(pool.getServers());
		if (servers.isEmpty()) {
			return;
		}
		addPortsFromNextHop(drafts, pool, nextHop, servers);
		if (servers.size() > 1) {
			servers.forEach(server -> addPortsBetweenServers(drafts, pool, server, servers));
		}
	}

	/** The next hop reaches the pool's SIP port and 881; 443 as the ports table lists it. */
	private void addPortsFromNextHop(Drafts drafts, PersistentChatPool pool, FrontEnd nextHop, List<EObject> servers) {
		EObject hop = nextHop == null ? null : Deployment.firstMachineOf(nextHop);
		// a pool collocated on its own next hop is reached from another computer, never from itself
		EObject from = hop != null && servers.contains(hop) ? null : hop;
		String machine = from != null ? Deployment.fqdn(from)
				: hop == null ? "<a server of the next hop>" : "<another computer than " + Deployment.fqdn(hop) + ">";
		OsVersion os = from == null ? null : Deployment.osOfMachine(from);
		int port = Deployment.portOf(pool);
		List<Integer> ports = new ArrayList<>(List.of(port, Ports.PERSISTENT_CHAT_WCF, Ports.FILE_TRANSFER));
		if (servers.size() == 1) {
			ports.add(Ports.POOL_SERVERS); // administration, with no other pool server to test it from
		}
		ItemDraft item = drafts.add(pool, "ports").on(machine).why(Rules.PORT_OUT_OF_RANGE, Rules.PORT_IN_USE)
				.todo("With the Persistent Chat services started, reach TCP " + join(ports) + " on every server of "
						+ Deployment.fqdn(pool) + " from " + machine + (from == null ? "" : ", a server of its next hop")
						+ ". The ports table lists"
						+ " " + Ports.FILE_TRANSFER + " for file transfer, while the components page says file upload and download"
						+ " run on the Front End Servers: a closed " + Ports.FILE_TRANSFER + " here needs a look, not"
						+ " necessarily a fix");
		for (EObject server : servers) {
			ports.forEach(open -> item.check(Commands.reachPort(os, Deployment.fqdn(server), open)));
		}
	}

	/** 8011 between the servers of a pool, from each to the others. */
	private void addPortsBetweenServers(Drafts drafts, PersistentChatPool pool, EObject from, List<EObject> servers) {
		String host = Deployment.fqdn(from);
		ItemDraft item = drafts.add(from, "pool-ports").on(host).why(Rules.PORT_IN_USE)
				.todo("With the services started, reach TCP " + Ports.POOL_SERVERS + " on the other servers of " + Deployment.fqdn(pool)
						+ " from " + host);
		servers.stream().filter(server -> server != from)
				.forEach(server -> item.check(Commands.reachPort(Deployment.osOfMachine(from), Deployment.fqdn(server),
						Ports.POOL_SERVERS)));
	}


	private static String join(List<Integer> ports) {
		return Deployment.join(ports, String::valueOf);
	}
}
