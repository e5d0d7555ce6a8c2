package org.pcchat.benchmarks.generator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.pcchat.benchmarks.generator.Deployment.Certificate;
import org.pcchat.benchmarks.generator.Deployment.ChatPool;
import org.pcchat.benchmarks.generator.Deployment.FileShare;
import org.pcchat.benchmarks.generator.Deployment.FrontEndPool;
import org.pcchat.benchmarks.generator.Deployment.Hardware;
import org.pcchat.benchmarks.generator.Deployment.Os;
import org.pcchat.benchmarks.generator.Deployment.Server;
import org.pcchat.benchmarks.generator.Deployment.Site;
import org.pcchat.benchmarks.generator.Deployment.SqlServer;
import org.pcchat.benchmarks.generator.Deployment.StandardServer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes a deployment as JSON, pretty-printed as a person would keep it in a repository: the same
 * elements and attributes as the {@code .pctopo} text, with the JSON field names a schema for it would
 * have. References are the names the {@code .pctopo} text uses.
 */
public final class JsonWriter {

	private final JsonGenerator json;

	private JsonWriter(JsonGenerator json) {
		this.json = json;
	}

	public static String write(Deployment deployment) {
		StringWriter text = new StringWriter();
		try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
			json.useDefaultPrettyPrinter();
			new JsonWriter(json).topology(deployment);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return text.toString();
	}

	private void topology(Deployment deployment) throws IOException {
		json.writeStartObject();
		json.writeStringField("topology", deployment.name());
		json.writeObjectFieldStart("product");
		json.writeStringField("kind", deployment.product());
		json.writeNumberField("cu", deployment.cumulativeUpdate());
		json.writeEndObject();
		json.writeArrayFieldStart("authorities");
		for (Deployment.Authority ca : deployment.authorities()) {
			json.writeStartObject();
			json.writeStringField("name", ca.name());
			json.writeStringField("distinguishedName", ca.distinguishedName());
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeArrayFieldStart("sites");
		for (Site site : deployment.sites()) {
			site(site);
		}
		json.writeEndArray();
		json.writeEndObject();
	}

	private void site(Site site) throws IOException {
		json.writeStartObject();
		json.writeStringField("name", site.name());
		json.writeStringField("timezone", site.timezone());
		json.writeArrayFieldStart("sqlServers");
		for (SqlServer server : site.sqlServers()) {
			sqlServer(server);
		}
		json.writeEndArray();
		json.writeArrayFieldStart("fileShares");
		for (FileShare share : site.fileShares()) {
			json.writeStartObject();
			json.writeStringField("name", share.name());
			json.writeStringField("path", share.path());
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeArrayFieldStart("frontEndPools");
		for (FrontEndPool pool : site.frontEndPools()) {
			frontEndPool(pool);
		}
		json.writeEndArray();
		json.writeArrayFieldStart("standardServers");
		for (StandardServer server : site.standardServers()) {
			standardServer(server);
		}
		json.writeEndArray();
		json.writeArrayFieldStart("persistentChatPools");
		for (ChatPool pool : site.chatPools()) {
			chatPool(pool);
		}
		json.writeEndArray();
		json.writeEndObject();
	}

	private void sqlServer(SqlServer server) throws IOException {
		json.writeStartObject();
		json.writeStringField("name", server.name());
		json.writeStringField("fqdn", server.fqdn());
		json.writeObjectFieldStart("sql");
		json.writeStringField("version", server.sql().version());
		json.writeNumberField("servicePack", server.sql().servicePack());
		json.writeStringField("edition", server.sql().edition());
		json.writeEndObject();
		os(server.os());
		hardware(server.hardware());
		json.writeArrayFieldStart("instances");
		for (Deployment.Instance instance : server.instances()) {
			json.writeStartObject();
			json.writeStringField("name", instance.name());
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeEndObject();
	}

	private void frontEndPool(FrontEndPool pool) throws IOException {
		json.writeStartObject();
		json.writeStringField("name", pool.name());
		json.writeStringField("fqdn", pool.fqdn());
		json.writeStringField("backend", pool.backend());
		json.writeStringField("filestore", pool.fileStore());
		servers(pool.servers());
		json.writeEndObject();
	}

	private void standardServer(StandardServer server) throws IOException {
		json.writeStartObject();
		json.writeStringField("name", server.name());
		json.writeStringField("fqdn", server.fqdn());
		os(server.os());
		hardware(server.hardware());
		strings("installed", server.installed());
		certificate(server.certificate());
		json.writeStringField("instance", server.instance().name());
		json.writeEndObject();
	}

	private void chatPool(ChatPool pool) throws IOException {
		json.writeStartObject();
		json.writeStringField("name", pool.name());
		json.writeBooleanField("single", pool.single());
		json.writeStringField("fqdn", pool.fqdn());
		json.writeNumberField("port", pool.port());
		json.writeStringField("nexthop", pool.nextHop());
		json.writeStringField("store", pool.store());
		optional("compliance", pool.compliance());
		optional("backup", pool.backup());
		optional("mirror", pool.mirror());
		json.writeStringField("filestore", pool.fileStore());
		json.writeNumberField("users", pool.users());
		servers(pool.servers());
		json.writeEndObject();
	}

	private void servers(List<Server> servers) throws IOException {
		json.writeArrayFieldStart("servers");
		for (Server server : servers) {
			json.writeStartObject();
			json.writeStringField("name", server.name());
			json.writeStringField("state", server.standby() ? "standby" : "active");
			json.writeStringField("fqdn", server.fqdn());
			os(server.os());
			optional("timezone", server.timezone());
			strings("installed", server.installed());
			certificate(server.certificate());
			hardware(server.hardware());
			json.writeEndObject();
		}
		json.writeEndArray();
	}

	private void os(Os os) throws IOException {
		json.writeObjectFieldStart("os");
		json.writeStringField("version", os.version());
		json.writeStringField("edition", os.edition());
		if (os.servicePack() != 0) {
			json.writeNumberField("servicePack", os.servicePack());
		}
		json.writeEndObject();
	}

	private void certificate(Certificate certificate) throws IOException {
		json.writeObjectFieldStart("certificate");
		json.writeStringField("subject", certificate.subject());
		if (!certificate.alternativeNames().isEmpty()) {
			strings("san", certificate.alternativeNames());
		}
		json.writeStringField("issuer", certificate.issuer());
		json.writeNumberField("keysize", certificate.keySize());
		json.writeEndObject();
	}

	private void hardware(Hardware hardware) throws IOException {
		json.writeObjectFieldStart("hardware");
		json.writeStringField("arch", hardware.arch());
		json.writeNumberField("sockets", hardware.sockets());
		json.writeNumberField("cores", hardware.cores());
		json.writeNumberField("clockGHz", new java.math.BigDecimal(hardware.clockGhz()));
		json.writeNumberField("memoryGB", hardware.memoryGb());
		json.writeNumberField("disks", hardware.disks());
		json.writeBooleanField("ssd", hardware.ssd());
		json.writeNumberField("nics", hardware.nics());
		json.writeNumberField("networkGbps", hardware.networkGbps());
		json.writeEndObject();
	}

	private void strings(String field, List<String> values) throws IOException {
		json.writeArrayFieldStart(field);
		for (String value : values) {
			json.writeString(value);
		}
		json.writeEndArray();
	}

	private void optional(String field, String value) throws IOException {
		if (value != null) {
			json.writeStringField(field, value);
		}
	}
}
