package org.pcchat.dsl.rules.config;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.pcchat.dsl.rules.RuleCatalogue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.google.inject.Inject;

/**
 * Reads {@code {"rules": {"PC208": "off", "PC501": "error"}}}. Jackson's streaming parser is used
 * because it gives the line and column of every token (and of syntax errors) through its API, so
 * each problem points at the offending token; Gson's JsonReader only prints positions in messages.
 */
public class RuleConfigurationParser {

	static final String RULES = "rules";

	private static final JsonFactory JSON = new JsonFactory();

	@Inject
	private RuleCatalogue catalogue;

	/** The configuration in {@code text}, read from {@code file}; a syntax error discards the whole file. */
	public RuleConfiguration parse(Path file, String text) {
		Map<String, RuleLevel> levels = new LinkedHashMap<>();
		List<ConfigurationProblem> problems = new ArrayList<>();
		try (JsonParser json = JSON.createParser(text)) {
			readTopLevel(json, levels, problems);
		} catch (JsonProcessingException e) {
			problems.add(at(e.getLocation(),
					"invalid JSON: " + e.getOriginalMessage() + "; the file is ignored until this is fixed"));
			levels.clear();
		} catch (IOException e) {
			problems.add(new ConfigurationProblem(1, 1, "cannot be read: " + e.getMessage()));
			levels.clear();
		}
		return new RuleConfiguration(file, levels, problems);
	}

	private void readTopLevel(JsonParser json, Map<String, RuleLevel> levels, List<ConfigurationProblem> problems)
			throws IOException {
		if (json.nextToken() != JsonToken.START_OBJECT) {
			problems.add(problem(json, "must hold one JSON object, e.g. {\"rules\": {\"PC208\": \"off\"}}"));
			return;
		}
		while (json.nextToken() == JsonToken.FIELD_NAME) {
			String setting = json.currentName();
			JsonLocation name = json.currentTokenLocation();
			JsonToken value = json.nextToken();
			if (!RULES.equals(setting)) {
				problems.add(at(name, "unknown setting '" + setting + "'; the only setting is \"rules\""));
			} else if (value == JsonToken.START_OBJECT) {
				readRules(json, levels, problems);
			} else {
				problems.add(problem(json,
						"\"rules\" must be an object mapping rule IDs to levels, e.g. {\"PC208\": \"off\"}"));
			}
			json.skipChildren();
		}
		if (json.nextToken() != null) {
			problems.add(problem(json, "unexpected content after the JSON object"));
		}
	}

	private void readRules(JsonParser json, Map<String, RuleLevel> levels, List<ConfigurationProblem> problems)
			throws IOException {
		Map<String, Integer> lines = new HashMap<>();
		while (json.nextToken() == JsonToken.FIELD_NAME) {
			String rule = json.currentName();
			ConfigurationProblem ruleProblem = checkRule(json, rule, lines);
			JsonToken value = json.nextToken();
			RuleLevel level = value == JsonToken.VALUE_STRING ? RuleLevel.parse(json.getText()) : null;
			if (ruleProblem != null) {
				problems.add(ruleProblem);
			} else if (level == null) {
				problems.add(problem(json, "unknown level " + describe(json, value) + " for " + rule
						+ "; use \"error\", \"warning\", \"info\" or \"off\""));
			} else {
				levels.put(rule, level);
			}
			json.skipChildren();
		}
	}

	/** The problem with the rule ID at the current field name, or null when it may be configured. */
	private ConfigurationProblem checkRule(JsonParser json, String rule, Map<String, Integer> lines) {
		Integer firstLine = lines.putIfAbsent(rule, json.currentTokenLocation().getLineNr());
		if (firstLine != null) {
			return problem(json, rule + " is configured twice (first on line " + firstLine + "); keep one entry");
		}
		if (!catalogue.contains(rule)) {
			return problem(json, "unknown rule '" + rule + "'; pcchat rules lists them");
		}
		if (!catalogue.get(rule).isConfigurable()) {
			return problem(json, rule + " (" + catalogue.get(rule).title() + ") cannot be configured: it is always"
					+ " reported as " + catalogue.get(rule).defaultSeverity().name().toLowerCase(Locale.ROOT));
		}
		return null;
	}

	private static String describe(JsonParser json, JsonToken value) throws IOException {
		return value == JsonToken.VALUE_STRING ? "'" + json.getText() + "'"
				: value.isStructStart() ? "(a JSON " + (value == JsonToken.START_OBJECT ? "object" : "array") + ")"
						: json.getText();
	}

	private static ConfigurationProblem problem(JsonParser json, String message) {
		return at(json.currentTokenLocation(), message);
	}

	/** A problem at {@code where}; the start of the file when Jackson knows no position (empty input). */
	private static ConfigurationProblem at(JsonLocation where, String message) {
		boolean known = where != null && where.getLineNr() > 0 && where.getColumnNr() > 0;
		return new ConfigurationProblem(known ? where.getLineNr() : 1, known ? where.getColumnNr() : 1, message);
	}
}
