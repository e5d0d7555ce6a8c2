package org.pcchat.dsl.validation;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.pcchat.dsl.model.Addresses;
import org.pcchat.dsl.model.ElementKinds;
import org.pcchat.dsl.model.Elements;
import org.pcchat.dsl.naming.PctopoQualifiedNameProvider;
import org.pcchat.dsl.pctopo.Instance;
import org.pcchat.dsl.pctopo.InstanceHost;
import org.pcchat.dsl.pctopo.PctopoPackage.Literals;
import org.pcchat.dsl.pctopo.Server;
import org.pcchat.dsl.pctopo.SiteElement;
import org.pcchat.dsl.pctopo.Topology;
import org.pcchat.dsl.rules.Rules;

/** Names and addresses: one namespace per topology, instance names per machine, DNS names. */
public class NamesValidator extends PctopoConcernValidator {

	/** docs/LANGUAGE.md "File and names": what shares the one namespace of a topology. */
	private static final Set<EClass> TOPOLOGY_NAMESPACE = Set.of(Literals.AUTHORITY, Literals.SQL_SERVER,
			Literals.FILE_SERVER, Literals.FILE_SHARE, Literals.FRONT_END, Literals.PERSISTENT_CHAT_POOL, Literals.SERVER);
	/** The computers of a topology, as {@link Addresses#isMachine} has them. */
	private static final Set<EClass> MACHINES = Set.of(Literals.SQL_SERVER, Literals.FILE_SERVER, Literals.STANDARD_SERVER,
			Literals.SERVER);

	// docs/LANGUAGE.md "File and names": authorities, SQL and file servers, shares, Front Ends, pools and servers;
	// names are case-insensitive (Windows host names and SQL instance names are), so pc01 and PC01 are one.
	@Check
	public void checkNamesUniqueInTopology(Topology topology) {
		Map<String, EObject> declared = new HashMap<>();
		for (EObject element : Elements.ofTypes(topology, TOPOLOGY_NAMESPACE)) {
			reportIfDeclaredBefore(declared, element);
		}
	}

	// docs/LANGUAGE.md "File and names": instances are named per machine.
	@Check
	public void checkInstanceNamesUniqueOnMachine(InstanceHost host) {
		Map<String, EObject> declared = new HashMap<>();
		for (EObject instance : host.eContents()) {
			if (instance instanceof Instance) {
				reportIfDeclaredBefore(declared, instance);
			}
		}
	}

	// Each machine is a distinct computer (technical requirements page); a pool is not a machine.
	@Check(CheckType.EXPENSIVE)
	public void checkFqdnUniqueAmongMachines(Topology topology) {
		Map<String, EObject> machines = new HashMap<>();
		Elements.ofTypes(topology, MACHINES).forEach(element -> {
			String fqdn = Addresses.fqdnOf(element);
			if (fqdn != null && !fqdn.isEmpty()) {
				EObject first = machines.putIfAbsent(fqdn.toLowerCase(Locale.ROOT), element);
				if (first != null) {
					report(Rules.DUPLICATE_FQDN, ElementKinds.label(element) + " has the FQDN '" + fqdn
							+ "' of " + ElementKinds.label(first) + "; every machine needs its own DNS name",
							element, Addresses.fqdnFeature(element));
				}
			}
		});
	}

	// Topology Builder requires an FQDN for every machine and pool.
	@Check
	public void checkFqdnPresentAndValid(SiteElement element) {
		checkFqdn(element);
	}

	@Check
	public void checkFqdnPresentAndValid(Server server) {
		checkFqdn(server);
	}

	private void checkFqdn(EObject element) {
		EStructuralFeature feature = Addresses.fqdnFeature(element);
		if (feature == null || key(element) == null) {
			return; // no name: a syntax error is reported already
		}
		String fqdn = Addresses.fqdnOf(element);
		if (fqdn == null || fqdn.isEmpty()) {
			report(Rules.INVALID_FQDN, ElementKinds.label(element) + " has no fqdn; add its fully qualified"
					+ " domain name, e.g. fqdn \"" + Addresses.exampleFqdn(element) + "\"", element, nameFeature(element));
		} else if (!Addresses.isValidFqdn(fqdn)) {
			report(Rules.INVALID_FQDN, ElementKinds.label(element) + " has the FQDN '" + fqdn + "', which is not a"
					+ " valid DNS name: use labels of letters, digits and hyphens separated by dots, without wildcards",
					element, feature);
		}
	}

	private void reportIfDeclaredBefore(Map<String, EObject> declared, EObject element) {
		String name = key(element);
		if (name == null) {
			return;
		}
		EObject first = declared.putIfAbsent(name, element);
		if (first != null) {
			String earlier = ElementKinds.label(first);
			report(Rules.DUPLICATE_NAME, ElementKinds.label(element) + " has the same name as " + earlier
					+ " declared before it; names must be unique, so rename one of them",
					element, nameFeature(element));
		}
	}

	private static String key(EObject element) {
		String name = element == null ? null : PctopoQualifiedNameProvider.nameOf(element);
		return name == null ? null : name.toLowerCase(Locale.ROOT);
	}
}
