package org.pcchat.dsl.generator;

import java.util.List;
import java.util.Locale;

import org.pcchat.dsl.model.ElementKinds;
import org.pcchat.dsl.pctopo.FileShare;
import org.pcchat.dsl.pctopo.FrontEnd;
import org.pcchat.dsl.pctopo.FrontEndPool;
import org.pcchat.dsl.pctopo.Host;
import org.pcchat.dsl.pctopo.PersistentChatPool;
import org.pcchat.dsl.pctopo.StandardServer;
import org.pcchat.dsl.rules.Rules;

/**
 * What Persistent Chat relies on that exists for the rest of Lync too
 * (https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-technical-requirements-for-persistent-chat-server):
 * the
 * Front End pools and Standard Edition servers, and the file shares.
 */
final class InfrastructureItems {

	private final Deployment deployment;

	InfrastructureItems(Deployment deployment) {
		this.deployment = deployment;
	}

	void addFrontEndPool(Drafts drafts, FrontEndPool pool) {
		String fqdn = Deployment.fqdn(pool);
		StringBuilder what = new StringBuilder("Deploy Front End pool " + fqdn + " (or confirm it runs)");
		if (pool.getBackend() != null && !pool.getBackend().eIsProxy()) {
			what.append(" with its back end on ").append(Deployment.describe(pool.getBackend()));
		}
		if (pool.getFileStore() != null && !pool.getFileStore().eIsProxy()) {
			what.append(", file store ").append(pool.getFileStore().getPath());
		}
		drafts.add(pool, "pool").todo(what + nextHopOf(pool))
				.ifDeployed(what.toString().replace("Deploy Front End pool " + fqdn + " (or confirm it runs)",
						"Check that Front End pool " + fqdn + " runs") + nextHopOf(pool))
				.why(Rules.NO_FRONT_END, Rules.BACKEND_SERVER_SHARED).why(routing(pool))
				.check("Get-CsPool -Identity " + Commands.arg(fqdn),
						"Get-CsService -Registrar -PoolFqdn " + Commands.arg(fqdn));
	}

	void addStandardServer(Drafts drafts, StandardServer server) {
		String fqdn = Deployment.fqdn(server);
		List<PersistentChatPool> collocated = deployment.poolsCollocatedOn(server);
		String hosting = collocated.isEmpty() ? ""
				: "; it also hosts " + Deployment.join(collocated, ElementKinds::label) + " (collocated)";
		ItemDraft item = drafts.add(server, "server").on(fqdn)
				.todo("Deploy Standard Edition server " + fqdn + " (or confirm it runs)" + nextHopOf(server) + hosting)
				.ifDeployed("Check that Standard Edition server " + fqdn + " runs" + nextHopOf(server) + hosting)
				.why(Rules.NO_FRONT_END).why(routing(server))
				.check("Get-CsPool -Identity " + Commands.arg(fqdn), "Get-CsWindowsService");
		if (!collocated.isEmpty()) {
			item.why(Rules.COLLOCATED_EVALUATION_ONLY);
		}
	}

	/** PC102 for a Front End that is a next hop; nothing for one that routes no Persistent Chat pool. */
	private String[] routing(FrontEnd frontEnd) {
		return deployment.poolsWithNextHop(frontEnd).isEmpty() ? new String[0] : new String[] { Rules.NO_NEXT_HOP };
	}

	private String nextHopOf(FrontEnd frontEnd) {
		List<PersistentChatPool> pools = deployment.poolsWithNextHop(frontEnd);
		return pools.isEmpty() ? "" : "; it is the next hop of " + Deployment.join(pools, ElementKinds::label);
	}

	void addFileShare(Drafts drafts, FileShare share) {
		String path = share.getPath() == null ? "" : share.getPath();
		String host = hostOf(share);
		String name = shareName(path);
		List<String> uses = deployment.usesOf(share);
		ItemDraft item = drafts.add(share, "share").on(host)
				.todo("Create the share " + path + (uses.isEmpty() ? "" : " (" + String.join(", ", uses) + ")")
						+ " and give the account that publishes the topology full control of it")
				.ifDeployed("Check that the share " + path + " exists" + (uses.isEmpty() ? "" : " (" + String.join(", ", uses) + ")")
						+ " and that the account that publishes the topology has full control of it")
				.deployed(deployment.isShareOfExistingPool(share))
				.why(Rules.FILE_SHARE_ON_FRONT_END)
				.run("New-SmbShare -Name " + Commands.arg(name) + " -Path '<local folder>' -FullAccess '<publishing account>'")
				.check("Get-SmbShareAccess -Name " + Commands.arg(name), "Test-Path " + Commands.quote(path));
		List<PersistentChatPool> pools = deployment.chatPoolsUsing(share);
		if (!pools.isEmpty()) {
			item.why(Rules.NO_FILE_STORE);
		}
		if (pools.stream().anyMatch(pool -> pool.getServers().size() > 1 || !pool.isSingle())) {
			item.why(Rules.FILE_STORE_NOT_UNC);
		}
	}

	/** The machine that holds the share: the {@code on} host, else the host of a UNC path. */
	private static String hostOf(FileShare share) {
		Host host = share.getHost();
		if (host != null && !host.eIsProxy()) {
			return Deployment.fqdn(host);
		}
		String path = share.getPath();
		if (path != null && path.startsWith("\\\\")) {
			String rest = path.substring(2);
			int end = rest.indexOf('\\');
			return end < 0 ? rest : rest.substring(0, end);
		}
		return null;
	}

	/** The last folder of the path, the name New-SmbShare gives the share. */
	static String shareName(String path) {
		String trimmed = path.replaceAll("[\\\\/]+$", "");
		int slash = Math.max(trimmed.lastIndexOf('\\'), trimmed.lastIndexOf('/'));
		String name = slash < 0 ? trimmed : trimmed.substring(slash + 1);
		return name.isEmpty() || name.toLowerCase(Locale.ROOT).endsWith(":") ? "share" : name;
	}
}
