package org.pcchat.dsl.ide.hover;

import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.INSTALLED__ITEMS;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.OPERATING_SYSTEM__EDITION;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.OPERATING_SYSTEM__VERSION;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.SQL_INSTALLATION__EDITION;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.SQL_INSTALLATION__VERSION;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.pcchat.dsl.model.Addresses;
import org.pcchat.dsl.model.ElementKinds;
import org.pcchat.dsl.model.Machines;
import org.pcchat.dsl.model.PoolDatabase;
import org.pcchat.dsl.model.Roles;
import org.pcchat.dsl.model.ServerState;
import org.pcchat.dsl.model.Values;
import org.pcchat.dsl.naming.PctopoQualifiedNameProvider;
import org.pcchat.dsl.pctopo.Authority;
import org.pcchat.dsl.pctopo.FileServer;
import org.pcchat.dsl.pctopo.FileShare;
import org.pcchat.dsl.pctopo.FrontEndPool;
import org.pcchat.dsl.pctopo.Instance;
import org.pcchat.dsl.pctopo.OperatingSystem;
import org.pcchat.dsl.pctopo.PersistentChatPool;
import org.pcchat.dsl.pctopo.Server;
import org.pcchat.dsl.pctopo.Site;
import org.pcchat.dsl.pctopo.SqlInstallation;
import org.pcchat.dsl.pctopo.SqlServer;
import org.pcchat.dsl.pctopo.StandardServer;
import org.pcchat.dsl.pctopo.Topology;
import org.pcchat.dsl.product.Ports;

/**
 * A named element in a few words, for hovers on its name and on references to it, in the language
 * server and in Eclipse: its kind and name as messages say them, then its address (for an SQL
 * instance its machine's) and the facts a reader checks most, e.g.
 * {@code Front End pool 'FE'}, {@code fepool.contoso.com}, {@code 2 servers · back end SQLBE.RTC}.
 */
public final class ElementSummary {

	private ElementSummary() {
	}

	/** Null for elements without a name (attributes, hardware blocks...). */
	public static HoverContent of(EObject element) {
		if (PctopoQualifiedNameProvider.nameOf(element) == null) {
			return null;
		}
		HoverContent summary = new HoverContent(ElementKinds.label(element), address(element));
		String facts = String.join(" · ", facts(element));
		return facts.isEmpty() ? summary : summary.paragraph(facts);
	}

	private static List<String> facts(EObject element) {
		if (element instanceof Topology topology) return List.of(topology.getSites().size() + " site(s)");
		if (element instanceof Site site) return list(quoted("time zone", site.getTimezone()));
		if (element instanceof Authority authority) return list(authority.getDistinguishedName());
		if (element instanceof SqlServer sql) return withMachine(sql, sqlServer(sql));
		if (element instanceof FileServer file) return withMachine(file, list("file server", os(file.getOs())));
		if (element instanceof Instance instance) return list(instance.isAlwaysOn() ? "AlwaysOn" : null);
		if (element instanceof FileShare share) return list(share.getPath(), on(share.getHost()));
		if (element instanceof StandardServer standard) return withMachine(standard, list("Standard Edition", os(standard.getOs())));
		if (element instanceof FrontEndPool pool) return frontEndPool(pool);
		if (element instanceof PersistentChatPool pool) return chatPool(pool);
		if (element instanceof Server server) return withMachine(server, server(server));
		return List.of();
	}

	/** The facts of a machine, then whether it exists already and its data center. */
	private static List<String> withMachine(EObject machine, List<String> facts) {
		List<String> all = new ArrayList<>(facts);
		all.addAll(list(Machines.isExisting(machine) ? "existing" : null,
				Machines.datacenter(machine) == null ? null : "data center " + Machines.datacenter(machine)));
		return all;
	}

	private static List<String> sqlServer(SqlServer sql) {
		SqlInstallation installation = sql.getSql();
		String version = installation == null ? null : spelt(SQL_INSTALLATION__VERSION, installation.getVersion())
				+ (installation.getEdition() == null ? "" : " " + spelt(SQL_INSTALLATION__EDITION, installation.getEdition()));
		String instances = sql.getInstances().stream().map(Instance::getName).filter(Objects::nonNull)
				.collect(Collectors.joining(", "));
		return list(version, instances.isEmpty() ? null : "instances " + instances);
	}

	private static List<String> frontEndPool(FrontEndPool pool) {
		return list(count(pool.getServers().size(), "server"), "back end " + name(pool.getBackend()));
	}

	private static List<String> chatPool(PersistentChatPool pool) {
		int active = Roles.activeServers(pool).size();
		int port = pool.getPort() != null ? pool.getPort() : Ports.PERSISTENT_CHAT_SIP;
		return list(Machines.isExisting(pool) ? "existing" : null, pool.isSingle() ? "Single Computer Pool" : null,
				count(pool.getServers().size(), "server") + " (" + active + " active)", "port " + port,
				"next hop " + name(pool.getNextHop()), "store " + name(pool.getStore()) + copies(pool, PoolDatabase.CHAT),
				pool.getCompliance() == null ? null
						: "compliance " + name(pool.getCompliance()) + copies(pool, PoolDatabase.COMPLIANCE),
				on(pool.getHost()));
	}

	/** " (mirror SQLB.MGC, backup SQLDR.MGC, witness SQLW.W)": the copies written for a database. */
	private static String copies(PersistentChatPool pool, PoolDatabase database) {
		List<String> copies = new ArrayList<>();
		database.references().stream().skip(1).forEach(reference -> {
			Object copy = pool.eGet(reference, true);
			if (copy != null) {
				copies.add(reference.getName().replace("compliance", "").toLowerCase(java.util.Locale.ROOT) + " "
						+ name((EObject) copy));
			}
		});
		return copies.isEmpty() ? "" : " (" + String.join(", ", copies) + ")";
	}

	private static List<String> server(Server server) {
		String state = server.eContainer() instanceof PersistentChatPool
				? Values.state(server).map(ServerState::getLiteral).orElse(server.getState()) : null;
		String installed = server.getInstalled() == null ? null
				: "installed " + server.getInstalled().getItems().stream()
						.map(item -> Objects.requireNonNullElse(Values.canonical(INSTALLED__ITEMS, item), item))
						.collect(Collectors.joining(", "));
		return list(state, os(server.getOs()), installed, "in " + ElementKinds.label(server.eContainer()));
	}

	private static String os(OperatingSystem os) {
		if (os == null) {
			return null;
		}
		return spelt(OPERATING_SYSTEM__VERSION, os.getVersion()) + (os.getEdition() == null ? ""
				: " " + spelt(OPERATING_SYSTEM__EDITION, os.getEdition()))
				+ (Values.servicePack(os.getServicePack()) > 0 ? " SP" + os.getServicePack() : "")
				+ (os.isCore() ? " (Server Core)" : "");
	}

	/** A value as the language spells it, or as written when it is unknown. */
	private static String spelt(EStructuralFeature attribute, String written) {
		String canonical = Values.canonical(attribute, written);
		return canonical != null ? canonical : written;
	}

	// An SQL instance has no FQDN of its own: it is reached on its machine's.
	private static String address(EObject element) {
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (Addresses.fqdnFeature(current) != null) {
				String fqdn = Addresses.fqdnOf(current);
				return fqdn == null || fqdn.isBlank() ? null : fqdn;
			}
		}
		return null;
	}

	private static String name(EObject element) {
		if (element == null || element.eIsProxy()) {
			return "not set";
		}
		String name = PctopoQualifiedNameProvider.nameOf(element);
		return element instanceof Instance ? PctopoQualifiedNameProvider.nameOf(element.eContainer()) + "." + name : name;
	}

	private static String on(EObject host) {
		return host == null ? null : "on " + name(host);
	}

	private static String quoted(String label, String value) {
		return value == null ? null : label + " \"" + value + "\"";
	}

	private static String count(int n, String noun) {
		return n + " " + noun + (n == 1 ? "" : "s");
	}

	private static List<String> list(String... facts) {
		List<String> present = new ArrayList<>();
		for (String fact : facts) {
			if (fact != null) {
				present.add(fact);
			}
		}
		return present;
	}
}
