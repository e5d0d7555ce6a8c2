package org.pcchat.dsl.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The table of sources ({@code sources.properties} beside this class): every page the rule
 * catalogue, the rule documentation, hovers, SARIF and the checklist cite, declared once, so that
 * a citation is always a link a reader can open.
 */
public final class Sources {

	private static final String RESOURCE = "sources.properties";

	private static final Map<String, Source> TABLE = Collections.unmodifiableMap(load());

	private Sources() {
	}

	/** The source with this key; an unknown key is a programming error. */
	public static Source get(String key) {
		Source source = TABLE.get(key);
		if (source == null) {
			throw new IllegalArgumentException("'" + key + "' is not in the table of sources " + RESOURCE);
		}
		return source;
	}

	public static boolean contains(String key) {
		return TABLE.containsKey(key);
	}

	/** Every source, in the table's order. */
	public static Collection<Source> all() {
		return TABLE.values();
	}

	private static Map<String, Source> load() {
		Properties properties = new Properties();
		try (InputStream in = Sources.class.getResourceAsStream(RESOURCE);
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		} catch (IOException | NullPointerException e) {
			throw new IllegalStateException("the table of sources " + RESOURCE + " cannot be read", e);
		}
		Map<String, Source> sorted = new TreeMap<>();
		for (String key : properties.stringPropertyNames()) {
			String[] parts = properties.getProperty(key).split("\\|", 2);
			if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
				throw new IllegalStateException("source " + key + " in " + RESOURCE + " is not 'URL | title'");
			}
			sorted.put(key, new Source(key, parts[0].strip(), parts[1].strip()));
		}
		return new LinkedHashMap<>(sorted);
	}
}
