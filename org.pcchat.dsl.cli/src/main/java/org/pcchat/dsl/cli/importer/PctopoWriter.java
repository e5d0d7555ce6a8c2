package org.pcchat.dsl.cli.importer;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes a {@link Draft.Topology} as .pctopo text in the layout of the language's formatter (four
 * spaces per level, one attribute per line, a hardware block on one line), every imported machine
 * and pool {@code existing}, each element under a comment naming its source. Names that are keywords
 * get Xtext's {@code ^}. The output depends on nothing but the draft, so the same input gives the
 * same bytes.
 */
final class PctopoWriter {

	private static final String INDENT = "    ";
	private static final String EXISTING = "existing ";

	private final StringBuilder out = new StringBuilder();
	private final Set<String> keywords;
	/** Where each open block's first line ends, so that a block left empty closes as {@code { }}, as the formatter has it. */
	private final Deque<Integer> opened = new ArrayDeque<>();
	private int depth;

	private PctopoWriter(Set<String> keywords) {
		this.keywords = keywords;
	}

	/** The topology's text, without the header {@link ImportedFile} puts above it. */
	static String write(Draft.Topology topology, Set<String> keywords) {
		PctopoWriter writer = new PctopoWriter(keywords);
		writer.topology(topology);
		return writer.out.toString();
	}

	private void topology(Draft.Topology topology) {
		comments(topology.comments);
		open("topology " + id(topology.name));
		if (topology.product != null) {
			line("product " + topology.product);
		}
		for (Draft.Authority authority : topology.authorities) {
			comments(authority.comments);
			line("authority " + id(authority.name) + " " + quoted(authority.distinguishedName));
		}
		for (Draft.Site site : topology.sites) {
			blank();
			site(site);
		}
		close();
	}

	private void site(Draft.Site site) {
		comments(site.comments);
		open("site " + id(site.name));
		boolean first = true;
		for (Draft.Element element : site.elements) {
			if (!first) {
				blank();
			}
			first = false;
			element(element);
		}
		close();
	}

	private void element(Draft.Element element) {
		if (element instanceof Draft.Comment comment) {
			comments(comment.lines());
		} else if (element instanceof Draft.Named named) {
			comments(named.comments);
			switch (named) {
				case Draft.SqlServer sql -> sqlServer(sql);
				case Draft.FileServer server -> machine(EXISTING + "fileserver", server, () -> { });
				case Draft.FileShare share -> line("fileshare " + id(share.name) + " " + path(share.path)
						+ (share.host == null ? "" : " on " + id(share.host.name)));
				case Draft.Standard standard -> machine(EXISTING + "frontend standard", standard,
						() -> instances(standard.instances));
				case Draft.FrontEndPool pool -> frontEndPool(pool);
				case Draft.ChatPool pool -> chatPool(pool);
				default -> throw new IllegalArgumentException(named.getClass().getName());
			}
		}
	}

	private void sqlServer(Draft.SqlServer sql) {
		machine(EXISTING + "sqlserver", sql, () -> instances(sql.instances));
	}

	private void instances(List<Draft.Instance> instances) {
		for (Draft.Instance instance : instances) {
			comments(instance.comments);
			line("instance " + id(instance.name) + (instance.alwaysOn ? " alwayson" : ""));
		}
	}

	private void frontEndPool(Draft.FrontEndPool pool) {
		open(EXISTING + "frontend pool " + id(pool.name));
		comments(pool.notes);
		fqdn(pool.fqdn);
		if (pool.backend != null) {
			line("backend " + reference(pool.backend));
		}
		if (pool.fileStore != null) {
			line("filestore " + id(pool.fileStore.name));
		}
		servers(pool.servers);
		close();
	}

	private void chatPool(Draft.ChatPool pool) {
		open(EXISTING + "persistentchat pool " + id(pool.name) + (pool.single ? " single" : "")
				+ (pool.on != null ? " on " + id(pool.on.name) : ""));
		comments(pool.notes);
		fqdn(pool.fqdn);
		if (pool.port != null) {
			line("port " + pool.port);
		}
		if (pool.nextHop != null) {
			line("nexthop " + id(pool.nextHop.name));
		}
		reference("store", pool.store);
		reference("mirror", pool.mirror);
		reference("witness", pool.witness);
		reference("backup", pool.backup);
		if (pool.compliance != null) {
			line("compliance " + reference(pool.compliance)
					+ (pool.complianceMirror != null ? " mirror " + reference(pool.complianceMirror) : "")
					+ (pool.complianceBackup != null ? " backup " + reference(pool.complianceBackup) : ""));
		} else if (pool.complianceMirror != null || pool.complianceBackup != null) {
			comments(List.of("A compliance mirror or backup without a compliance store: not imported."));
		}
		if (pool.fileStore != null) {
			line("filestore " + id(pool.fileStore.name));
		}
		servers(pool.servers);
		close();
	}

	private void servers(List<Draft.Server> servers) {
		for (Draft.Server server : servers) {
			comments(server.comments);
			machine(EXISTING + "server", server, () -> { });
		}
	}

	/** A machine's block: its FQDN, what facts said of it, then {@code rest}. */
	private void machine(String keywords, Draft.Machine machine, Runnable rest) {
		open(keywords + " " + id(machine.name));
		comments(machine.notes);
		fqdn(machine.fqdn);
		Draft.Attributes attributes = machine.attributes;
		if (machine instanceof Draft.SqlServer sql && sql.sql != null) {
			line(sql(sql.sql));
		}
		if (attributes.os != null) {
			line(os(attributes.os));
		}
		if (attributes.timezone != null) {
			line("timezone " + quoted(attributes.timezone));
		}
		if (attributes.installed != null && !attributes.installed.isEmpty()) {
			line("installed " + String.join(", ", attributes.installed));
		}
		if (attributes.certificate != null) {
			line(certificate(attributes.certificate));
		}
		if (attributes.hardware != null) {
			line(hardware(attributes.hardware));
		}
		rest.run();
		close();
	}

	private static String sql(Draft.Sql sql) {
		return "sql " + sql.version() + (sql.servicePack() != null ? " sp " + sql.servicePack() : "")
				+ (sql.edition() != null ? " edition " + sql.edition() : "") + (sql.x86() ? " x86" : "");
	}

	private static String os(Draft.Os os) {
		return "os " + os.version() + (os.edition() != null ? " " + os.edition() : "")
				+ (os.servicePack() != null ? " sp " + os.servicePack() : "") + (os.core() ? " core" : "");
	}

	private String certificate(Draft.Certificate certificate) {
		List<String> sans = new ArrayList<>();
		certificate.subjectAlternativeNames().forEach(san -> sans.add(quoted(san)));
		return "certificate " + quoted(certificate.subject()) + (sans.isEmpty() ? "" : " san " + String.join(", ", sans))
				+ (certificate.issuer() != null ? " issuer " + id(certificate.issuer().name) : "")
				+ (certificate.keySize() != null ? " keysize " + certificate.keySize() : "");
	}

	private static String hardware(Draft.Hardware hardware) {
		List<String> words = new ArrayList<>();
		add(words, "arch", hardware.arch(), "");
		add(words, "sockets", hardware.sockets(), "");
		add(words, "cores", hardware.cores(), "");
		add(words, "clock", hardware.clockGHz() == null ? null : plain(hardware.clockGHz()), " GHz");
		add(words, "memory", hardware.memoryGB(), " GB");
		add(words, "disks", hardware.disks(), hardware.ssd() ? " ssd" : "");
		add(words, "nics", hardware.nics(), hardware.teamed() ? " teamed" : "");
		add(words, "network", hardware.networkGbps(), " Gbps");
		return "hardware { " + String.join(" ", words) + (words.isEmpty() ? "}" : " }");
	}

	private static void add(List<String> words, String keyword, Object value, String unit) {
		if (value != null) {
			words.add(keyword + " " + value + unit);
		}
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	private void reference(String keyword, Draft.InstanceRef ref) {
		if (ref != null) {
			line(keyword + " " + reference(ref));
		}
	}

	private String reference(Draft.InstanceRef ref) {
		return id(ref.host().name) + "." + id(ref.instance().name);
	}

	private void fqdn(String fqdn) {
		if (fqdn != null) {
			line("fqdn " + quoted(fqdn));
		}
	}

	/** A name as the language reads it: a keyword gets Xtext's escape. */
	private String id(String name) {
		return keywords.contains(name.toLowerCase(Locale.ROOT)) ? "^" + name : name;
	}

	/** A double-quoted string with Java escapes, as the language reads FQDNs and subjects. */
	static String quoted(String value) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				case '\n' -> quoted.append("\\n");
				case '\r' -> quoted.append("\\r");
				case '\t' -> quoted.append("\\t");
				default -> quoted.append(c < 0x20 || c == 0x7F ? String.format("\\u%04x", (int) c) : String.valueOf(c));
			}
		}
		return quoted.append('"').toString();
	}

	/** A path in single quotes as PowerShell writes it (a quote doubled), unless it holds a control character. */
	static String path(String path) {
		boolean plain = path.chars().noneMatch(c -> c < 0x20 || c == 0x7F);
		return plain ? "'" + path.replace("'", "''") + "'" : quoted(path);
	}

	private void comments(List<String> lines) {
		for (String comment : lines) {
			line("// " + Comments.clean(comment));
		}
	}

	private void open(String header) {
		line(header + " {");
		opened.push(out.length());
		depth++;
	}

	private void close() {
		depth--;
		if (opened.pop() == out.length()) {
			out.setLength(out.length() - 1);
			out.append(" }\n");
		} else {
			line("}");
		}
	}

	private void blank() {
		out.append('\n');
	}

	private void line(String text) {
		out.append(INDENT.repeat(depth)).append(text).append('\n');
	}
}
