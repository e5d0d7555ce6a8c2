package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pcchat.dsl.cli.Run.pcchat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pcchat.dsl.rules.RuleCatalogue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * `pcchat check --format sarif` against the SARIF 2.1.0 schema of OASIS (errata 01, bundled in
 * src/test/resources/sarif, a copy of sarif-2.1/schema/sarif-schema-2.1.0.json in the OASIS
 * sarif-spec repository), and the parts of the log that consumers rely on.
 */
class SarifReportTest {

	private static final String CONTOSO = "../examples/contoso.pctopo";
	private static final Schema SCHEMA = schema();

	@Test
	void logsValidateAgainstTheSchema() {
		for (String[] args : List.of(
				new String[] {"check", "--format", "sarif", CONTOSO},
				new String[] {"check", "--format", "sarif", ReportGoldenTest.FINDINGS, ReportGoldenTest.BROKEN},
				new String[] {"check", "--format", "sarif", "--rules-url", ReportGoldenTest.RULES_URL, CONTOSO})) {
			Run run = pcchat(args);
			assertEquals("", run.err());
			assertEquals(List.of(), errors(run.out()), String.join(" ", args));
		}
	}

	/** A file that cannot be read: the invocation failed, with one error notification naming the file. */
	@Test
	void unreadableFileIsAToolExecutionNotification() {
		String latin1 = "src/test/resources/fixtures/latin1.pctopo";
		Run run = pcchat("check", "--format", "sarif", "src/test/resources/fixtures/valid.pctopo", latin1);
		assertEquals(2, run.exitCode());
		assertEquals(List.of(), errors(run.out()));
		JsonObject invocation = run(JsonParser.parseString(run.out()).getAsJsonObject()).getAsJsonArray("invocations")
				.get(0).getAsJsonObject();
		JsonObject notification = invocation.getAsJsonArray("toolExecutionNotifications").get(0).getAsJsonObject();
		assertAll(
				() -> assertFalse(invocation.get("executionSuccessful").getAsBoolean()),
				() -> assertEquals("error", notification.get("level").getAsString()),
				() -> assertEquals(latin1 + ": not valid UTF-8 (byte 0xE9 on line 1); save the file as UTF-8",
						notification.getAsJsonObject("message").get("text").getAsString()),
				() -> assertEquals(latin1, notification.getAsJsonArray("locations").get(0).getAsJsonObject()
						.getAsJsonObject("physicalLocation").getAsJsonObject("artifactLocation").get("uri").getAsString()),
				() -> assertEquals(1, run(JsonParser.parseString(run.out()).getAsJsonObject()).getAsJsonArray("artifacts")
						.size()));
	}

	@Test
	void schemaRejectsAResultWithoutMessage() {
		JsonObject log = sarif(ReportGoldenTest.FINDINGS);
		JsonObject result = run(log).getAsJsonArray("results").get(0).getAsJsonObject();
		result.remove("message");
		assertFalse(errors(log.toString()).isEmpty(), "the validator must notice a result without a message");
	}

	@Test
	void driverListsTheWholeCatalogueAndResultsPointIntoIt() {
		JsonObject run = run(sarif(ReportGoldenTest.FINDINGS));
		JsonArray rules = run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules");
		assertEquals(new RuleCatalogue().all().size(), rules.size());
		for (var element : run.getAsJsonArray("results")) {
			JsonObject result = element.getAsJsonObject();
			JsonObject rule = rules.get(result.get("ruleIndex").getAsInt()).getAsJsonObject();
			assertEquals(result.get("ruleId"), rule.get("id"));
		}
	}

	@Test
	void resultHasLevelMessageAndOneBasedRegion() {
		JsonObject run = run(sarif(ReportGoldenTest.FINDINGS));
		JsonObject result = run.getAsJsonArray("results").get(0).getAsJsonObject();
		JsonObject location = result.getAsJsonArray("locations").get(0).getAsJsonObject()
				.getAsJsonObject("physicalLocation");
		JsonObject artifact = location.getAsJsonObject("artifactLocation");
		JsonObject region = location.getAsJsonObject("region");
		assertAll(
				() -> assertEquals("PC201", result.get("ruleId").getAsString()),
				() -> assertEquals("error", result.get("level").getAsString()),
				() -> assertTrue(result.getAsJsonObject("message").get("text").getAsString().startsWith(
						"Persistent Chat server 'pc1' does not have Message Queuing"), result.toString()),
				() -> assertEquals(ReportGoldenTest.FINDINGS + "/c03-no-msmq.pctopo", artifact.get("uri").getAsString()),
				() -> assertEquals(ArtifactUris.SOURCE_ROOT, artifact.get("uriBaseId").getAsString()),
				() -> assertEquals(0, artifact.get("index").getAsInt()),
				() -> assertEquals(List.of(24, 20, 24, 23), List.of(region.get("startLine").getAsInt(),
						region.get("startColumn").getAsInt(), region.get("endLine").getAsInt(),
						region.get("endColumn").getAsInt())));
	}

	@Test
	void warningsAreWarningsAndEveryCheckedFileIsAnArtifact() {
		JsonObject run = run(sarif(ReportGoldenTest.FINDINGS));
		List<String> levels = run.getAsJsonArray("results").asList().stream()
				.map(result -> result.getAsJsonObject().get("level").getAsString()).toList();
		assertEquals(List.of("error", "error", "warning", "warning", "error"), levels);
		assertEquals(2, run.getAsJsonArray("artifacts").size());
	}

	@Test
	void fileOutsideTheCurrentDirectoryHasAnAbsoluteUri() {
		JsonObject artifact = run(sarif(CONTOSO)).getAsJsonArray("artifacts").get(0).getAsJsonObject()
				.getAsJsonObject("location");
		assertEquals(Path.of(CONTOSO).toAbsolutePath().normalize().toUri().toString(), artifact.get("uri").getAsString());
		assertNull(artifact.get("uriBaseId"));
	}

	@Test
	void rulesLinkToTheCheckoutsRulesPageByDefault() {
		JsonObject driver = run(sarif(CONTOSO)).getAsJsonObject("tool").getAsJsonObject("driver");
		String page = Path.of("../docs/rules.md").toAbsolutePath().normalize().toUri().toString();
		assertEquals(page, driver.get("informationUri").getAsString());
		JsonObject first = driver.getAsJsonArray("rules").get(0).getAsJsonObject();
		assertEquals(page + "#pc001", first.get("helpUri").getAsString());
	}

	@Test
	void rulesUrlReplacesTheLinksAndMustBeAbsolute() {
		Run run = pcchat("check", "--format", "sarif", "--rules-url", ReportGoldenTest.RULES_URL + "#top", CONTOSO);
		JsonObject driver = run(JsonParser.parseString(run.out()).getAsJsonObject())
				.getAsJsonObject("tool").getAsJsonObject("driver");
		assertEquals(ReportGoldenTest.RULES_URL + "#pc201", driver.getAsJsonArray("rules").asList().stream()
				.map(rule -> rule.getAsJsonObject().get("helpUri").getAsString())
				.filter(uri -> uri.endsWith("pc201")).findFirst().orElseThrow());

		Run relative = pcchat("check", "--format", "sarif", "--rules-url", "docs/rules.md", CONTOSO);
		assertEquals(2, relative.exitCode());
		assertEquals(List.of("pcchat: error: --rules-url docs/rules.md: not an absolute URL; give one such as "
				+ "https://example.org/pcchat/docs/rules.md"), relative.errLines());
		assertEquals("", relative.out());
	}

	@Test
	void ruleNamesAreIdentifiersMadeOfTheTitle() {
		assertEquals("SyntaxError", SarifReport.name("Syntax error"));
		assertEquals("UsersExceedThePoolsCapacity", SarifReport.name("Users exceed the pool's capacity"));
		assertEquals("ServerCoreWebOrHPCEdition", SarifReport.name("Server Core, Web or HPC edition"));
	}

	private static JsonObject sarif(String path) {
		Run run = pcchat("check", "--format", "sarif", path);
		return JsonParser.parseString(run.out()).getAsJsonObject();
	}

	private static JsonObject run(JsonObject log) {
		JsonArray runs = log.getAsJsonArray("runs");
		assertEquals(1, runs.size());
		return runs.get(0).getAsJsonObject();
	}

	private static List<String> errors(String sarif) {
		return SCHEMA.validate(sarif, InputFormat.JSON).stream().map(Error::toString).toList();
	}

	private static Schema schema() {
		try (InputStream in = SarifReportTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
			return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in, InputFormat.JSON);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
