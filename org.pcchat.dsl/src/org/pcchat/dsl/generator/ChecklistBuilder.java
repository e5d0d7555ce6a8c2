package org.pcchat.dsl.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.pcchat.dsl.pctopo.FileShare;
import org.pcchat.dsl.pctopo.FrontEndPool;
import org.pcchat.dsl.pctopo.InstanceHost;
import org.pcchat.dsl.pctopo.PersistentChatPool;
import org.pcchat.dsl.pctopo.Site;
import org.pcchat.dsl.pctopo.SiteElement;
import org.pcchat.dsl.pctopo.SqlServer;
import org.pcchat.dsl.pctopo.StandardServer;
import org.pcchat.dsl.pctopo.Topology;
import org.pcchat.dsl.product.ProductProfiles;
import org.pcchat.dsl.rules.RuleCatalogue;

import com.google.inject.Inject;

/**
 * Builds the deployment checklist of a topology
 * (https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-deployment-checklist-for-persistent-chat-server):
 * per site its machines in
 * dependency order, then publishing, database installation, setup and verification; every item
 * cites the rules behind it and carries the diagnostics of its element.
 */
public class ChecklistBuilder {

	@Inject
	private RuleCatalogue catalogue;

	@Inject
	private ProductProfiles profiles;

	/** The checklist of {@code topology}, flagged with {@code issues} (its diagnostics, any order). */
	public Checklist build(Topology topology, List<Issue> issues) {
		Deployment deployment = new Deployment(topology, profiles.profileOf(topology));
		Drafts drafts = new Drafts();
		// One for all sites: it walks the topology for the Front End servers' CAs.
		CertificateItems certificates = new CertificateItems(deployment);
		for (Site site : topology.getSites()) {
			addSite(drafts, deployment, certificates, site);
		}
		addDeployment(drafts, deployment, certificates);
		DiagnosticPlacement.place(drafts.all(), topology, issues, catalogue);
		String product = deployment.profile.product().getLiteral();
		return new Checklist(Deployment.name(topology), deployment.profile.displayName(), sourceName(topology),
				sections(drafts.all(), product), count(issues, Severity.ERROR), count(issues, Severity.WARNING));
	}

	private static void addSite(Drafts drafts, Deployment deployment, CertificateItems certificates, Site site) {
		DatabaseItems databases = new DatabaseItems(deployment);
		InfrastructureItems infrastructure = new InfrastructureItems(deployment);
		LyncServerItems servers = new LyncServerItems(deployment, certificates);
		PoolItems pools = new PoolItems(deployment);
		List<SiteElement> elements = site.getElements();
		drafts.enter(Phase.SQL_SERVERS);
		EcoreUtil2.typeSelect(elements, SqlServer.class).forEach(server -> databases.addSqlServer(drafts, server));
		drafts.enter(Phase.FILE_SHARES);
		EcoreUtil2.typeSelect(elements, FileShare.class).forEach(share -> infrastructure.addFileShare(drafts, share));
		drafts.enter(Phase.FRONT_END);
		for (SiteElement element : elements) {
			if (element instanceof FrontEndPool pool) {
				infrastructure.addFrontEndPool(drafts, pool);
				pool.getServers().forEach(server -> servers.addFrontEndServer(drafts, server));
			} else if (element instanceof StandardServer server) {
				infrastructure.addStandardServer(drafts, server);
				servers.addStandardServer(drafts, server);
				server.getInstances().forEach(instance -> databases.addInstance(drafts, instance));
			}
		}
		drafts.enter(Phase.PERSISTENT_CHAT);
		for (PersistentChatPool pool : EcoreUtil2.typeSelect(elements, PersistentChatPool.class)) {
			pools.add(drafts, pool);
			pool.getServers().forEach(server -> servers.addChatServer(drafts, server, pool));
		}
	}

	private static void addDeployment(Drafts drafts, Deployment deployment, CertificateItems certificates) {
		DeploymentItems items = new DeploymentItems(deployment, certificates);
		drafts.enter(Phase.PUBLISHING);
		items.addPublishing(drafts);
		drafts.enter(Phase.DATABASES);
		DatabaseItems databases = new DatabaseItems(deployment);
		EcoreUtil2.getAllContentsOfType(deployment.topology, InstanceHost.class).stream()
				.filter(deployment::hostsChatDatabases).forEach(host -> databases.addInstallation(drafts, host));
		RecoveryItems recovery = new RecoveryItems(deployment);
		deployment.chatPools().forEach(pool -> recovery.addProtection(drafts, pool));
		drafts.enter(Phase.SETUP);
		items.addEnabling(drafts);
		List<StandardServer> collocatedHosts = new ArrayList<>();
		for (PersistentChatPool pool : deployment.chatPools()) {
			pool.getServers().forEach(server -> items.addServerSetup(drafts, server, pool));
			if (pool.getHost() instanceof StandardServer host && !collocatedHosts.contains(host)) {
				collocatedHosts.add(host);
				items.addCollocatedSetup(drafts, host, pool);
			}
		}
		drafts.enter(Phase.VERIFICATION);
		deployment.chatPools().forEach(pool -> items.addVerification(drafts, pool));
		drafts.enter(Phase.POST_DEPLOYMENT);
		PostDeploymentItems configuration = new PostDeploymentItems(deployment);
		if (!deployment.chatPools().isEmpty()) {
			configuration.addDeployment(drafts);
		}
		deployment.chatPools().forEach(pool -> configuration.addPool(drafts, pool));
		drafts.enter(Phase.RUNBOOKS);
		deployment.chatPools().forEach(pool -> {
			recovery.addFailover(drafts, pool);
			recovery.addFailback(drafts, pool);
		});
	}

	/** Consecutive items of one phase and (for machine phases) one site form a section. */
	private List<Section> sections(List<ItemDraft> drafts, String product) {
		List<Section> sections = new ArrayList<>();
		List<Item> items = new ArrayList<>();
		ItemDraft first = null;
		for (ItemDraft draft : drafts) {
			if (first != null && (first.phase != draft.phase || !Objects.equals(siteOf(first), siteOf(draft)))) {
				sections.add(section(first, items));
				items = new ArrayList<>();
			}
			first = items.isEmpty() ? draft : first;
			items.add(draft.toItem(draft.rules.stream().map(rule -> reason(rule, product)).toList()));
		}
		if (first != null) {
			sections.add(section(first, items));
		}
		return sections;
	}

	private static String siteOf(ItemDraft draft) {
		return draft.phase.isPerSite() ? draft.site : null;
	}

	private static Section section(ItemDraft first, List<Item> items) {
		String site = siteOf(first);
		return new Section(first.phase.key() + (site == null ? "" : "/" + site), first.phase, site, items);
	}

	/** The rule's requirement as the topology's product states it. */
	private Reason reason(String rule, String product) {
		var entry = catalogue.get(rule);
		return new Reason(rule, entry.requirementFor(product), entry.source());
	}

	private static int count(List<Issue> issues, Severity severity) {
		return (int) issues.stream().filter(issue -> issue.getSeverity() == severity).count();
	}

	/** The topology's file name without folders: headers never show where a file lives. */
	private static String sourceName(Topology topology) {
		URI uri = topology.eResource() == null ? null : topology.eResource().getURI();
		String name = uri == null ? null : uri.lastSegment();
		return name == null ? "" : URI.decode(name);
	}
}
