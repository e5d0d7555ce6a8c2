package org.pcchat.dsl.cli.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names for the imported elements: a machine or pool is named by its host name (the first label of
 * its FQDN, hyphens kept), a file share by its share name. Names share one namespace and are
 * compared ignoring case, as the language does; when two elements would like the same name, the
 * one that comes first by kind (SQL servers, file servers, Standard Edition servers, servers, pools,
 * shares, authorities) and then by FQDN or id keeps it, a pool gets {@code -pool} and anything else
 * {@code -2}, {@code -3}... So the same document always gets the same names, whatever its order.
 */
final class Names {

	private static final Comparator<Draft.Named> ORDER = Comparator.comparingInt((Draft.Named named) -> named.rank)
			.thenComparing(named -> named.key.toLowerCase(Locale.ROOT)).thenComparing(named -> named.key);

	private Names() {
	}

	static void assign(Draft.Topology topology) {
		List<Draft.Named> all = new ArrayList<>(topology.authorities);
		for (Draft.Site site : topology.sites) {
			for (Draft.Element element : site.elements) {
				if (element instanceof Draft.Named named) {
					all.add(named);
				}
				if (element instanceof Draft.Pool pool) {
					all.addAll(pool.servers);
				}
			}
		}
		all.sort(ORDER);
		Set<String> used = new HashSet<>();
		for (Draft.Named named : all) {
			named.name = unique(name(named.base), named instanceof Draft.Pool ? "-pool" : null, used);
		}
	}

	/** Site names are a namespace of their own. */
	static String siteName(String raw, Set<String> used) {
		return unique(name(raw), null, used);
	}

	private static String unique(String wanted, String suffix, Set<String> used) {
		String name = wanted;
		if (used.contains(key(name)) && suffix != null) {
			name = wanted + suffix;
		}
		for (int n = 2; used.contains(key(name)); n++) {
			name = wanted + "-" + n;
		}
		used.add(key(name));
		return name;
	}

	private static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	/** The host name of an FQDN: its first label. */
	static String hostName(String fqdn) {
		if (fqdn == null) {
			return null;
		}
		int dot = fqdn.indexOf('.');
		return dot > 0 ? fqdn.substring(0, dot) : fqdn;
	}

	/**
	 * A name the language accepts: letters, digits and hyphens (anything else becomes a hyphen), not
	 * starting or ending with a hyphen, with at least one letter.
	 */
	static String name(String raw) {
		String name = raw == null ? "" : raw.strip().replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("-{2,}", "-")
				.replaceAll("^-+|-+$", "");
		if (name.isEmpty()) {
			return "unnamed";
		}
		return name.matches(".*[A-Za-z].*") ? name : "n" + name; // a name holds a letter: 2 is a number, 01fe a name
	}

	/** A SQL instance name the language accepts: it starts with a letter and holds letters, digits and underscores. */
	static String instanceName(String raw) {
		if (raw == null || raw.isBlank()) {
			return "MSSQLSERVER";
		}
		String name = raw.strip().replaceAll("[^A-Za-z0-9_]", "_");
		return Character.isLetter(name.charAt(0)) ? name : "I" + name;
	}
}
