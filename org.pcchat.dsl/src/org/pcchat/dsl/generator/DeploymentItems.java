package org.pcchat.dsl.generator;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.pcchat.dsl.pctopo.FrontEnd;
import org.pcchat.dsl.pctopo.PersistentChatPool;
import org.pcchat.dsl.pctopo.Server;
import org.pcchat.dsl.pctopo.StandardServer;
import org.pcchat.dsl.validation.ElementKinds;
import org.pcchat.dsl.validation.Rules;

/**
 * Items of the whole deployment, after its machines are ready: publishing the topology, setting
 * up the Persistent Chat servers, and checking that chat works end to end.
 */
final class DeploymentItems {

	private final Deployment deployment;

	DeploymentItems(Deployment deployment) {
		this.deployment = deployment;
	}

	/** Everything after publishing reads the topology from the Central Management store. */
	void addPublishing(Drafts drafts) {
		String name = Deployment.name(deployment.topology);
		drafts.add(deployment.topology, "publish").why(Rules.NO_FRONT_END)
				.todo("Resolve every flagged error above, enter the topology " + name + " in Topology Builder and publish"
						+ " it to the Central Management store (or save it as " + name + ".tbxml and publish that file)")
				.run("Publish-CsTopology -FileName " + Commands.quote(name + ".tbxml"))
				.check("Get-CsService -PersistentChatServer");
	}

	void addEnabling(Drafts drafts) {
		drafts.add(deployment.topology, "enable").why(Rules.NO_FRONT_END)
				.todo("Enable the published topology once its databases are installed").run("Enable-CsTopology")
				.check("Get-CsManagementStoreReplicationStatus");
	}

	/** Deployment Wizard steps 1 and 2 on a Persistent Chat server, then its certificate and services. */
	void addServerSetup(Drafts drafts, EObject server, PersistentChatPool pool) {
		String host = Deployment.fqdn(server);
		String product = deployment.profile.displayName();
		String folder = product.startsWith("Lync") ? "Microsoft " + product : product;
		drafts.add(server, "components").on(host).why(Rules.NO_MSMQ, Rules.NO_CERTIFICATE)
				.todo("On " + host + ", run the " + product + " Deployment Wizard (Install Local Configuration Store, then"
						+ " Setup or Remove Components), assign the certificate requested for it and start its services")
				.run("& \"$env:ProgramFiles\\" + folder + "\\Deployment\\Bootstrapper.exe\"",
						"Set-CsCertificate -Type Default -Thumbprint '<thumbprint>'", "Start-CsWindowsService")
				.check("Get-CsWindowsService", "Get-CsCertificate -Type Default");
		if (server instanceof Server chatServer) {
			addActiveState(drafts, chatServer, pool);
		}
	}

	/** Only servers on the active list accept connections; standby servers wait for a failover. */
	private void addActiveState(Drafts drafts, Server server, PersistentChatPool pool) {
		String host = Deployment.fqdn(server);
		String identity = Commands.quote("PersistentChatServer:" + Deployment.fqdn(pool));
		ItemDraft item = drafts.add(server, "state").on(host)
				.why(Rules.TOO_MANY_ACTIVE_SERVERS, Rules.TOO_MANY_SERVERS, Rules.STANDBY_WITHOUT_BACKUP)
				.check("Get-CsService -Identity " + identity + " | Format-List *");
		if (pool.isSingle()) {
			item.why(Rules.SINGLE_POOL_WITH_SERVERS);
		}
		if (Deployment.isActive(server)) {
			item.todo("Add " + host + " to the active servers of " + Deployment.fqdn(pool))
					.run("Set-CsPersistentChatActiveServer -Identity " + identity + " -ActiveServers @{Add="
							+ Commands.quote(host) + "}");
		} else {
			item.todo("Keep " + host + " off the active servers of " + Deployment.fqdn(pool)
					+ ": as a standby server it serves only after a disaster-recovery failover");
		}
	}

	/** Chat end to end through the next hop, the pool's services, and its ports from the next hop. */
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
		ItemDraft ports = drafts.add(pool, "ports").why(Rules.PORT_OUT_OF_RANGE, Rules.PORT_IN_USE)
				.todo("From a server of the next hop, reach port " + Deployment.portOf(pool) + " and 8011 on every server of "
						+ fqdn);
		for (EObject server : servers) {
			ports.check("Test-NetConnection " + Commands.arg(Deployment.fqdn(server)) + " -Port " + Deployment.portOf(pool),
					"Test-NetConnection " + Commands.arg(Deployment.fqdn(server)) + " -Port 8011");
		}
	}
}
