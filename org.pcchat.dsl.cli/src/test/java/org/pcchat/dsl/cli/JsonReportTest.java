package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pcchat.dsl.cli.Run.pcchat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** `pcchat check --format json`: the document's shape is an interface other tools build on. */
class JsonReportTest {

	private static final String VALID = "src/test/resources/fixtures/valid.pctopo";
	private static final String SYNTAX_ERROR = "src/test/resources/fixtures/broken/syntax-error.pctopo";

	@Test
	void reportListsEveryFileWithItsDiagnosticsAndASummary() {
		Run run = pcchat("check", "--format", "json", VALID, SYNTAX_ERROR);
		assertEquals(1, run.exitCode());
		assertEquals("", run.err());

		JsonObject report = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals(List.of("version", "files", "unreadable", "summary"), List.copyOf(report.keySet()));
		assertEquals(0, report.getAsJsonArray("unreadable").size());
		assertEquals(Version.number(), report.get("version").getAsString());

		JsonArray files = report.getAsJsonArray("files");
		assertEquals(2, files.size());
		JsonObject broken = files.get(0).getAsJsonObject();
		assertEquals(SYNTAX_ERROR, broken.get("path").getAsString());
		JsonObject valid = files.get(1).getAsJsonObject();
		assertEquals(VALID, valid.get("path").getAsString());
		assertEquals(0, valid.getAsJsonArray("diagnostics").size());

		JsonArray diagnostics = broken.getAsJsonArray("diagnostics");
		assertEquals(1, diagnostics.size());
		JsonObject diagnostic = diagnostics.get(0).getAsJsonObject();
		assertEquals(List.of("rule", "severity", "message", "line", "column", "endLine", "endColumn"),
				List.copyOf(diagnostic.keySet()));
		assertEquals("PC001", diagnostic.get("rule").getAsString());
		assertEquals("error", diagnostic.get("severity").getAsString());
		assertEquals(List.of(33, 1, 33, 9), List.of(diagnostic.get("line").getAsInt(),
				diagnostic.get("column").getAsInt(), diagnostic.get("endLine").getAsInt(),
				diagnostic.get("endColumn").getAsInt()));

		JsonObject summary = report.getAsJsonObject("summary");
		assertEquals(List.of("files", "errors", "warnings", "infos", "unreadable"), List.copyOf(summary.keySet()));
		assertEquals(List.of(2, 1, 0, 0, 0), summary.keySet().stream().map(k -> summary.get(k).getAsInt()).toList());
	}

	@Test
	void cleanRunExitsZero() {
		Run run = pcchat("check", "--format", "json", VALID);
		assertEquals(0, run.exitCode());
		JsonObject summary = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonObject("summary");
		assertEquals(0, summary.get("errors").getAsInt());
	}
}
