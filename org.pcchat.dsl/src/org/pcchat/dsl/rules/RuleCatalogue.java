package org.pcchat.dsl.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.eclipse.xtext.diagnostics.Severity;

import com.google.inject.Singleton;

/**
 * The rule catalogue: every rule declared once, in {@code rules.properties} beside this class
 * ({@code PCnnn.title}, {@code .severity}, {@code .source}, {@code .requirement}, {@code .fix},
 * {@code .quickfix}, {@code .configurable}, {@code .suppressible}, {@code .doc}); sources are keys
 * of the table of {@link Sources}. Messages, the
 * CLI's rule listing, SARIF metadata, hovers, the documentation pages and the checklist read it.
 */
@Singleton
public class RuleCatalogue {

	private static final String RESOURCE = "rules.properties";

	private final Map<String, Rule> rules;

	public RuleCatalogue() {
		this.rules = Collections.unmodifiableMap(load());
	}

	/** The rule with this ID; an unknown ID is a programming error. */
	public Rule get(String id) {
		Rule rule = rules.get(id);
		if (rule == null) {
			throw new IllegalArgumentException("rule " + id + " is not in the catalogue");
		}
		return rule;
	}

	public boolean contains(String id) {
		return rules.containsKey(id);
	}

	/** All rules, ordered by ID. */
	public Collection<Rule> all() {
		return rules.values();
	}

	private static Map<String, Rule> load() {
		Properties properties = new Properties();
		try (InputStream in = RuleCatalogue.class.getResourceAsStream(RESOURCE);
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		} catch (IOException | NullPointerException e) {
			throw new IllegalStateException("the rule catalogue " + RESOURCE + " cannot be read", e);
		}
		Map<String, Rule> result = new TreeMap<>();
		for (String key : properties.stringPropertyNames()) {
			if (key.endsWith(".title")) {
				String id = key.substring(0, key.length() - ".title".length());
				result.put(id, rule(id, properties));
			}
		}
		return result;
	}

	private static Rule rule(String id, Properties properties) {
		String severity = required(id, "severity", properties).toUpperCase(Locale.ROOT);
		String source = required(id, "source", properties);
		if (!Sources.contains(source)) {
			throw new IllegalStateException("rule " + id + " cites source '" + source + "', which is not in the table of"
					+ " sources (sources.properties); add the page there and cite its key");
		}
		return new Rule(id, required(id, "title", properties), Severity.valueOf(severity),
				required(id, "doc", properties), Sources.get(source),
				Boolean.parseBoolean(properties.getProperty(id + ".quickfix", "false")),
				required(id, "requirement", properties), productRequirements(id, properties),
				required(id, "fix", properties), flag(id, "configurable", properties),
				flag(id, "suppressible", properties));
	}

	/** {@code PCnnn.requirement.<product>}: where a product's requirement differs from the first's. */
	private static Map<String, String> productRequirements(String id, Properties properties) {
		String prefix = id + ".requirement.";
		Map<String, String> requirements = new TreeMap<>();
		for (String key : properties.stringPropertyNames()) {
			if (key.startsWith(prefix)) {
				requirements.put(key.substring(prefix.length()), properties.getProperty(key).strip());
			}
		}
		return requirements;
	}

	/** {@code PCnnn.configurable} and {@code .suppressible}: true unless the catalogue says false. */
	private static boolean flag(String id, String field, Properties properties) {
		return !"false".equals(properties.getProperty(id + "." + field, "true").strip());
	}

	private static String required(String id, String field, Properties properties) {
		String value = properties.getProperty(id + "." + field);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException("rule " + id + " has no " + field + " in " + RESOURCE);
		}
		return value.strip();
	}

}
