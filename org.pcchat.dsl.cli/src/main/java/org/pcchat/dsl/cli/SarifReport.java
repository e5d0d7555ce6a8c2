package org.pcchat.dsl.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.pcchat.dsl.rules.Rule;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The report in SARIF 2.1.0, the format code-scanning services and SARIF viewers read: one run,
 * the whole rule catalogue as the driver's rules, every checked file as an artifact, one result
 * per diagnostic with its region. Fields are written in a fixed order, so a run is reproducible.
 */
final class SarifReport {

	/** The OASIS schema of SARIF 2.1.0 (errata 01), which the output declares and is tested against. */
	static final String SCHEMA =
			"https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

	// HTML escaping would turn the quotes in messages into \u0027.
	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

	private final List<Rule> rules;
	private final Map<String, Integer> ruleIndex = new HashMap<>();
	private final URI rulesPage;
	private final ArtifactUris artifactUris;

	/** {@code rulesPage} may be null (no links); relative file URIs are relative to {@code artifactUris}' base. */
	SarifReport(List<Rule> rules, URI rulesPage, ArtifactUris artifactUris) {
		this.rules = List.copyOf(rules);
		this.rulesPage = rulesPage;
		this.artifactUris = artifactUris;
		for (int i = 0; i < this.rules.size(); i++) {
			ruleIndex.put(this.rules.get(i).id(), i);
		}
	}

	/**
	 * Writes the log of checking {@code files}; {@code reports} are theirs, in the same order. Files
	 * that could not be read make the run's invocation unsuccessful, with one error notification each.
	 */
	void write(List<SourceFile> files, List<FileReport> reports, Unreadable unreadable, PrintWriter out) {
		JsonObject log = new JsonObject();
		log.addProperty("$schema", SCHEMA);
		log.addProperty("version", "2.1.0");
		JsonArray runs = new JsonArray();
		JsonObject run = run(files, reports);
		if (!unreadable.isEmpty()) {
			run.add("invocations", invocations(unreadable));
		}
		runs.add(run);
		log.add("runs", runs);
		GSON.toJson(log, out);
		out.println();
		out.flush();
	}

	private JsonObject run(List<SourceFile> files, List<FileReport> reports) {
		JsonArray artifacts = new JsonArray();
		JsonArray results = new JsonArray();
		for (int index = 0; index < files.size(); index++) {
			JsonObject location = artifactUris.location(files.get(index).path());
			artifacts.add(object("location", location));
			for (Finding finding : reports.get(index).diagnostics()) {
				results.add(result(finding, location, index));
			}
		}
		JsonObject run = new JsonObject();
		run.add("tool", object("driver", driver()));
		run.add("artifacts", artifacts);
		run.add("results", results);
		// Xtext counts columns in Java chars.
		run.addProperty("columnKind", "utf16CodeUnits");
		return run;
	}

	private JsonArray invocations(Unreadable unreadable) {
		JsonArray notifications = new JsonArray();
		for (InputException problem : unreadable.problems()) {
			JsonObject notification = new JsonObject();
			notification.addProperty("level", "error");
			notification.add("message", text(problem.getMessage()));
			JsonArray locations = new JsonArray();
			locations.add(object("physicalLocation", object("artifactLocation", artifactUris.location(Path.of(problem.path())))));
			notification.add("locations", locations);
			notifications.add(notification);
		}
		JsonObject invocation = new JsonObject();
		invocation.addProperty("executionSuccessful", false);
		invocation.add("toolExecutionNotifications", notifications);
		JsonArray invocations = new JsonArray();
		invocations.add(invocation);
		return invocations;
	}

	private JsonObject driver() {
		JsonObject driver = new JsonObject();
		driver.addProperty("name", "pcchat");
		driver.addProperty("version", Version.number());
		if (rulesPage != null) {
			driver.addProperty("informationUri", rulesPage.toString());
		}
		JsonArray descriptors = new JsonArray();
		rules.forEach(rule -> descriptors.add(descriptor(rule)));
		driver.add("rules", descriptors);
		return driver;
	}

	private JsonObject descriptor(Rule rule) {
		JsonObject descriptor = new JsonObject();
		descriptor.addProperty("id", rule.id());
		descriptor.addProperty("name", name(rule.title()));
		descriptor.add("shortDescription", text(rule.title()));
		descriptor.add("fullDescription", text(rule.documentation()));
		descriptor.add("help", text(rule.documentation() + " Fix: " + rule.fix() + " Source: " + rule.source().title()
				+ ", " + rule.source().url() + "."));
		if (rulesPage != null) {
			descriptor.addProperty("helpUri", RulesPage.ruleUri(rulesPage, rule.id()).toString());
		}
		descriptor.add("defaultConfiguration", property("level", level(rule.defaultSeverity())));
		JsonObject properties = new JsonObject();
		properties.addProperty("source", rule.source().url());
		properties.addProperty("requirement", rule.requirement());
		properties.addProperty("configurable", rule.isConfigurable());
		descriptor.add("properties", properties);
		return descriptor;
	}

	private JsonObject result(Finding finding, JsonObject fileLocation, int artifactIndex) {
		JsonObject result = new JsonObject();
		Integer index = finding.rule() == null ? null : ruleIndex.get(finding.rule());
		if (finding.rule() != null) {
			result.addProperty("ruleId", finding.rule());
		}
		if (index != null) {
			result.addProperty("ruleIndex", index);
		}
		result.addProperty("level", level(finding.severity()));
		result.add("message", text(finding.message()));
		JsonObject artifact = fileLocation.deepCopy();
		artifact.addProperty("index", artifactIndex);
		JsonObject physical = new JsonObject();
		physical.add("artifactLocation", artifact);
		physical.add("region", region(finding));
		JsonArray locations = new JsonArray();
		locations.add(object("physicalLocation", physical));
		result.add("locations", locations);
		return result;
	}

	private static JsonObject region(Finding finding) {
		JsonObject region = new JsonObject();
		region.addProperty("startLine", finding.line());
		region.addProperty("startColumn", finding.column());
		region.addProperty("endLine", finding.endLine());
		region.addProperty("endColumn", finding.endColumn());
		return region;
	}

	/** SARIF's levels: "note" is its word for information. */
	static String level(Severity severity) {
		return switch (severity) {
			case ERROR -> "error";
			case WARNING -> "warning";
			case INFO -> "note";
		};
	}

	private static String level(org.eclipse.xtext.diagnostics.Severity severity) {
		return switch (severity) {
			case ERROR -> "error";
			case WARNING -> "warning";
			case INFO -> "note";
			case IGNORE -> "none";
		};
	}

	/**
	 * The title as an identifier, as SARIF rule names are: "Users exceed the pool's capacity" gives
	 * UsersExceedThePoolsCapacity.
	 */
	static String name(String title) {
		StringBuilder name = new StringBuilder();
		for (String word : title.replace("'", "").split("[^A-Za-z0-9]+")) {
			if (!word.isEmpty()) {
				name.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
			}
		}
		return name.toString();
	}

	private static JsonObject text(String text) {
		return property("text", text);
	}

	private static JsonObject property(String name, String value) {
		JsonObject object = new JsonObject();
		object.addProperty(name, value);
		return object;
	}

	private static JsonObject object(String name, JsonObject value) {
		JsonObject object = new JsonObject();
		object.add(name, value);
		return object;
	}
}
