package org.pcchat.dsl.cli.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The topology pcchat import writes, before it is text: the elements of the language with their
 * values, references between them as objects (names are given last, all at once, so that they can
 * be made unique), and the comments that say where each came from. A value that is null is unknown
 * and is not written.
 */
final class Draft {

	private Draft() {
	}

	static final class Topology {
		String name;
		String product;
		final List<String> comments = new ArrayList<>();
		final List<Authority> authorities = new ArrayList<>();
		final List<Site> sites = new ArrayList<>();
	}

	static final class Site {
		final String name;
		final List<String> comments = new ArrayList<>();
		final List<Element> elements = new ArrayList<>();

		Site(String name) {
			this.name = name;
		}
	}

	/** Something written inside a site: a named element or a comment of its own. */
	interface Element {
	}

	/** A comment standing alone in a site: a role the language has no element for, or a warning. */
	record Comment(List<String> lines) implements Element {
	}

	/** An element with a name in the topology's one namespace; {@code base} is the name it would like. */
	abstract static class Named implements Element {
		final String base;
		final String key;
		/** Of elements that would like the same name, those with the lower rank keep it (see {@link Names}). */
		final int rank;
		String name;
		final List<String> comments = new ArrayList<>();

		/** {@code key} orders elements of one rank that would like the same name, so that the same input names them the same. */
		Named(String base, String key, int rank) {
			this.base = base;
			this.key = key;
			this.rank = rank;
		}
	}

	/** A machine: what facts files describe, matched by any of {@code factNames} (FQDNs, lower case). */
	abstract static class Machine extends Named {
		final String fqdn;
		final Set<String> factNames = new LinkedHashSet<>();
		String preferredFactName;
		final Attributes attributes = new Attributes();
		/** Comments inside the block, before its attributes: facts that could not be written, and why. */
		final List<String> notes = new ArrayList<>();

		/** The kind of machine, in words, for messages. */
		final String kind;

		Machine(String base, String key, String fqdn, int rank, String kind) {
			super(base, key, rank);
			this.fqdn = fqdn;
			this.kind = kind;
			if (fqdn != null) {
				factNames.add(fqdn.toLowerCase());
			}
		}
	}

	static final class Attributes {
		Os os;
		Hardware hardware;
		List<String> installed;
		Certificate certificate;
		String timezone;
	}

	static final class SqlServer extends Machine {
		Sql sql;
		final List<Instance> instances = new ArrayList<>();

		SqlServer(String base, String key, String fqdn) {
			super(base, key, fqdn, 0, "SQL server");
		}
	}

	static final class FileServer extends Machine {
		FileServer(String base, String key, String fqdn) {
			super(base, key, fqdn, 1, "file server");
		}
	}

	static final class Standard extends Machine {
		final List<Instance> instances = new ArrayList<>();

		Standard(String base, String key, String fqdn) {
			super(base, key, fqdn, 2, "Standard Edition server");
		}
	}

	static final class Server extends Machine {
		Server(String base, String key, String fqdn) {
			super(base, key, fqdn, 3, "server");
		}
	}

	abstract static class Pool extends Named {
		final String fqdn;
		final List<Server> servers = new ArrayList<>();
		/** Comments inside the block, before its attributes. */
		final List<String> notes = new ArrayList<>();

		Pool(String base, String key, String fqdn) {
			super(base, key, 4);
			this.fqdn = fqdn;
		}
	}

	static final class FrontEndPool extends Pool {
		InstanceRef backend;
		FileShare fileStore;

		FrontEndPool(String base, String key, String fqdn) {
			super(base, key, fqdn);
		}
	}

	static final class ChatPool extends Pool {
		boolean single;
		Standard on;
		Integer port;
		Named nextHop;
		InstanceRef store;
		InstanceRef mirror;
		InstanceRef witness;
		InstanceRef backup;
		InstanceRef compliance;
		InstanceRef complianceMirror;
		InstanceRef complianceBackup;
		FileShare fileStore;

		ChatPool(String base, String key, String fqdn) {
			super(base, key, fqdn);
		}
	}

	static final class FileShare extends Named {
		final String path;
		Named host;

		FileShare(String base, String key, String path) {
			super(base, key, 5);
			this.path = path;
		}
	}

	static final class Authority extends Named {
		final String distinguishedName;

		Authority(String base, String distinguishedName) {
			super(base, distinguishedName.toLowerCase(), 6);
			this.distinguishedName = distinguishedName;
		}
	}

	/** A SQL instance; {@code name} is how the language names it (MSSQLSERVER for the default instance). */
	static final class Instance {
		final String name;
		boolean alwaysOn;
		final List<String> comments = new ArrayList<>();

		Instance(String name) {
			this.name = name;
		}
	}

	/** {@code host} is the SQL server or Standard Edition server that has the instance. */
	record InstanceRef(Named host, Instance instance) {
	}

	record Os(String version, String edition, Integer servicePack, boolean core) {
	}

	record Hardware(String arch, Integer sockets, Integer cores, BigDecimal clockGHz, Integer memoryGB, Integer disks,
			boolean ssd, Integer nics, boolean teamed, Integer networkGbps) {
	}

	record Certificate(String subject, List<String> subjectAlternativeNames, Authority issuer, Integer keySize) {
	}

	record Sql(String version, Integer servicePack, String edition, boolean x86) {
	}
}
