package org.pcchat.dsl.tests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * A conformance topology and the diagnostics its {@code // expect PCnnn ...} comments declare, as
 * (line, rule ID) pairs (docs/LANGUAGE.md, "Conformance files").
 */
public record ConformanceFile(String name, String text, Set<String> expected) {

	private static final Pattern MARKER = Pattern.compile("//\\s*expect((?:\\s+PC\\d{3})+)");
	private static final Pattern RULE = Pattern.compile("PC\\d{3}");

	public static ConformanceFile parse(String name, String text) {
		Set<String> expected = new TreeSet<>();
		String[] lines = text.split("\r?\n", -1);
		for (int i = 0; i < lines.length; i++) {
			Matcher marker = MARKER.matcher(lines[i]);
			if (marker.find()) {
				Matcher rule = RULE.matcher(marker.group(1));
				while (rule.find()) {
					expected.add(key(i + 1, rule.group()));
				}
			}
		}
		return new ConformanceFile(name, text, expected);
	}

	/** The repository's copy of conformance file {@code name} (org.pcchat.dsl.tests/conformance). */
	public static ConformanceFile read(String name) {
		try {
			return parse(name, Files.readString(
					Locations.repositoryRoot().resolve("org.pcchat.dsl.tests/conformance").resolve(name), StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The comparable form of one diagnostic: zero-padded line, then the rule ID. */
	public static String key(int line, String rule) {
		return String.format("%04d %s", line, rule);
	}
}
