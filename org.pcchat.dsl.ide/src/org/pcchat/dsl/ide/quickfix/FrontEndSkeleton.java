package org.pcchat.dsl.ide.quickfix;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.pcchat.dsl.model.Addresses;
import org.pcchat.dsl.naming.PctopoQualifiedNameProvider;
import org.pcchat.dsl.pctopo.Topology;

/**
 * The Front End pool PC101's fix inserts: named {@code FE} (or {@code FE2}, ...) and addressed in
 * the topology's own domain, with a name and an FQDN nothing in the topology uses yet.
 */
record FrontEndSkeleton(String name, String fqdn) {

	private static final String NAME = "FE";
	private static final String FALLBACK_DOMAIN = "example.com";

	static FrontEndSkeleton freeIn(Topology topology) {
		Set<String> names = new HashSet<>();
		Set<String> fqdns = new HashSet<>();
		for (EObject element : EcoreUtil2.eAllContents(topology)) {
			addLowerCase(names, PctopoQualifiedNameProvider.nameOf(element));
			addLowerCase(fqdns, Addresses.fqdnOf(element));
		}
		String domain = domainOf(topology);
		for (int number = 1;; number++) {
			String name = number == 1 ? NAME : NAME + number;
			String fqdn = name.toLowerCase(Locale.ROOT) + "." + domain;
			if (!names.contains(name.toLowerCase(Locale.ROOT)) && !fqdns.contains(fqdn)) {
				return new FrontEndSkeleton(name, fqdn);
			}
		}
	}

	/** The pool as lines, indented relative to each other by {@code unit}. */
	List<String> lines(String unit) {
		return List.of("frontend pool " + name + " {", unit + "fqdn \"" + fqdn + "\"", "}");
	}

	/** The domain of the topology's first valid FQDN: {@code sql.contoso.com} gives {@code contoso.com}. */
	private static String domainOf(Topology topology) {
		for (EObject element : EcoreUtil2.eAllContents(topology)) {
			String fqdn = Addresses.fqdnOf(element);
			if (fqdn != null && Addresses.isValidFqdn(fqdn)) {
				return fqdn.substring(fqdn.indexOf('.') + 1).toLowerCase(Locale.ROOT);
			}
		}
		return FALLBACK_DOMAIN;
	}

	private static void addLowerCase(Set<String> set, String value) {
		if (value != null) {
			set.add(value.toLowerCase(Locale.ROOT));
		}
	}
}
