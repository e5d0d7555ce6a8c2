package org.pcchat.benchmarks.generator;

import java.util.List;
import java.util.stream.Collectors;

import org.pcchat.benchmarks.generator.Deployment.Certificate;
import org.pcchat.benchmarks.generator.Deployment.ChatPool;
import org.pcchat.benchmarks.generator.Deployment.FileShare;
import org.pcchat.benchmarks.generator.Deployment.FrontEndPool;
import org.pcchat.benchmarks.generator.Deployment.Hardware;
import org.pcchat.benchmarks.generator.Deployment.Instance;
import org.pcchat.benchmarks.generator.Deployment.Os;
import org.pcchat.benchmarks.generator.Deployment.Server;
import org.pcchat.benchmarks.generator.Deployment.Site;
import org.pcchat.benchmarks.generator.Deployment.SqlServer;
import org.pcchat.benchmarks.generator.Deployment.StandardServer;

/** Writes a deployment as a {@code .pctopo} topology, laid out as {@code examples/contoso.pctopo} is. */
public final class PctopoWriter {

	private final StringBuilder out = new StringBuilder();
	private int depth;

	private PctopoWriter() {
	}

	public static String write(Deployment deployment) {
		PctopoWriter writer = new PctopoWriter();
		writer.topology(deployment);
		return writer.out.toString();
	}

	private void topology(Deployment deployment) {
		open("topology " + deployment.name());
		line("product " + deployment.product() + " cu " + deployment.cumulativeUpdate());
		deployment.authorities().forEach(ca -> line("authority " + ca.name() + " " + quote(ca.distinguishedName())));
		deployment.sites().forEach(this::site);
		close();
	}

	private void site(Site site) {
		open("site " + site.name());
		line("timezone " + quote(site.timezone()));
		site.sqlServers().forEach(this::sqlServer);
		site.fileShares().forEach(this::fileShare);
		site.frontEndPools().forEach(this::frontEndPool);
		site.standardServers().forEach(this::standardServer);
		site.chatPools().forEach(this::chatPool);
		close();
	}

	private void sqlServer(SqlServer server) {
		open("sqlserver " + server.name());
		line("fqdn " + quote(server.fqdn()));
		line("sql " + server.sql().version() + servicePack(server.sql().servicePack()) + " edition "
				+ server.sql().edition());
		os(server.os());
		hardware(server.hardware());
		server.instances().forEach(this::instance);
		close();
	}

	private void instance(Instance instance) {
		line("instance " + instance.name());
	}

	private void fileShare(FileShare share) {
		line("fileshare " + share.name() + " " + quote(share.path()));
	}

	private void frontEndPool(FrontEndPool pool) {
		open("frontend pool " + pool.name());
		line("fqdn " + quote(pool.fqdn()));
		line("backend " + pool.backend());
		line("filestore " + pool.fileStore());
		pool.servers().forEach(this::server);
		close();
	}

	private void standardServer(StandardServer server) {
		open("frontend standard " + server.name());
		line("fqdn " + quote(server.fqdn()));
		os(server.os());
		hardware(server.hardware());
		installed(server.installed());
		certificate(server.certificate());
		instance(server.instance());
		close();
	}

	private void chatPool(ChatPool pool) {
		open("persistentchat pool " + pool.name() + (pool.single() ? " single" : ""));
		line("fqdn " + quote(pool.fqdn()));
		line("port " + pool.port());
		line("nexthop " + pool.nextHop());
		line("store " + pool.store());
		optional("compliance ", pool.compliance());
		optional("backup ", pool.backup());
		optional("mirror ", pool.mirror());
		line("filestore " + pool.fileStore());
		line("users " + pool.users());
		pool.servers().forEach(this::server);
		close();
	}

	private void server(Server server) {
		open("server " + server.name() + (server.standby() ? " standby" : " active"));
		line("fqdn " + quote(server.fqdn()));
		os(server.os());
		if (server.timezone() != null) {
			line("timezone " + quote(server.timezone()));
		}
		installed(server.installed());
		certificate(server.certificate());
		hardware(server.hardware());
		close();
	}

	private void os(Os os) {
		line("os " + os.version() + " " + os.edition() + servicePack(os.servicePack()));
	}

	private void installed(List<String> items) {
		line("installed " + String.join(", ", items));
	}

	private void certificate(Certificate certificate) {
		String san = certificate.alternativeNames().isEmpty() ? ""
				: " san " + certificate.alternativeNames().stream().map(PctopoWriter::quote).collect(Collectors.joining(", "));
		line("certificate " + quote(certificate.subject()) + san + " issuer " + certificate.issuer() + " keysize "
				+ certificate.keySize());
	}

	private void hardware(Hardware hardware) {
		line("hardware { arch " + hardware.arch() + " sockets " + hardware.sockets() + " cores " + hardware.cores()
				+ " clock " + hardware.clockGhz() + " GHz memory " + hardware.memoryGb() + " GB disks " + hardware.disks()
				+ (hardware.ssd() ? " ssd" : "") + " nics " + hardware.nics() + " network " + hardware.networkGbps()
				+ " Gbps }");
	}

	private void optional(String keyword, String reference) {
		if (reference != null) {
			line(keyword + reference);
		}
	}

	private static String servicePack(int servicePack) {
		return servicePack == 0 ? "" : " sp " + servicePack;
	}

	/** A .pctopo string: backslashes and quotes escaped as in Java. */
	static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	private void open(String header) {
		line(header + " {");
		depth++;
	}

	private void close() {
		depth--;
		line("}");
	}

	private void line(String text) {
		out.append("    ".repeat(depth)).append(text).append('\n');
	}
}
