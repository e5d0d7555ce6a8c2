package org.pcchat.dsl.model;

import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.pcchat.dsl.naming.PctopoQualifiedNameProvider;
import org.pcchat.dsl.pctopo.FileServer;
import org.pcchat.dsl.pctopo.Server;
import org.pcchat.dsl.pctopo.SqlServer;
import org.pcchat.dsl.pctopo.StandardServer;

/** DNS names of machines and pools. */
public final class Addresses {

	// RFC 1123 labels: letters, digits and inner hyphens, at most 63 characters.
	private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

	private Addresses() {
	}

	/** The {@code fqdn} feature of machines and pools; null for elements without one. */
	public static EStructuralFeature fqdnFeature(EObject element) {
		return element.eClass().getEStructuralFeature("fqdn");
	}

	public static String fqdnOf(EObject element) {
		EStructuralFeature feature = fqdnFeature(element);
		return feature == null ? null : (String) element.eGet(feature);
	}

	/** Computers of the topology: SQL servers, file servers, Standard Edition servers and pool members. */
	public static boolean isMachine(EObject element) {
		return element instanceof SqlServer || element instanceof FileServer || element instanceof StandardServer
				|| element instanceof Server;
	}

	/** At least two labels, no wildcard, at most 253 characters. */
	public static boolean isValidFqdn(String fqdn) {
		if (fqdn.length() > 253 || !fqdn.contains(".")) {
			return false;
		}
		for (String label : fqdn.split("\\.", -1)) {
			if (!LABEL.matcher(label).matches()) {
				return false;
			}
		}
		return true;
	}

	public static String exampleFqdn(EObject element) {
		String name = PctopoQualifiedNameProvider.nameOf(element);
		return (name == null ? "host" : name.toLowerCase(java.util.Locale.ROOT)) + ".example.com";
	}
}
