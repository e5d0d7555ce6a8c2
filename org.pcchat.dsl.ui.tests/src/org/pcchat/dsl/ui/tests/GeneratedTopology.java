package org.pcchat.dsl.ui.tests;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Large topologies for measurements: the example's site repeated with its names, FQDNs and
 * shares made unique per copy, so the text stays close to valid.
 */
final class GeneratedTopology {

	private static final Pattern NAMES = Pattern
			.compile("\\b(Redmond|SQLBE|SQLPC|LyncShare|ChatShare|FE|fe01|fe02|PChat|pc01|pc02)\\b");

	private GeneratedTopology() {
	}

	/** At least {@code lines} lines: the example's header, then copies of its site named ...S1, ...S2. */
	static String withAtLeast(int lines) {
		String contoso = Examples.contoso();
		int siteStart = Examples.offsetOf(contoso, "    site Redmond {");
		int siteEnd = contoso.lastIndexOf("    }\n") + "    }\n".length();
		String header = contoso.substring(0, siteStart);
		String site = contoso.substring(siteStart, siteEnd);
		StringBuilder text = new StringBuilder(header);
		for (int copy = 1; lineCount(text) < lines; copy++) {
			text.append(copyOf(site, copy)).append('\n');
		}
		return text.append("}\n").toString();
	}

	/** How many copies of the site a generated text has. */
	static int copiesIn(String text) {
		return text.split("\n    site ", -1).length - 1;
	}

	/** The name a server of copy {@code copy} has, e.g. {@code pc01S7}. */
	static String name(String original, int copy) {
		return original + "S" + copy;
	}

	private static String copyOf(String site, int copy) {
		Matcher names = NAMES.matcher(site);
		String renamed = names.replaceAll(match -> name(match.group(), copy));
		// Unique DNS names and shares; a small pool so that the deployment stays within its user limit.
		return renamed.replace(".contoso.com", ".s" + copy + ".contoso.com").replace("users 30000", "users 500");
	}

	private static long lineCount(CharSequence text) {
		return text.chars().filter(c -> c == '\n').count();
	}
}
