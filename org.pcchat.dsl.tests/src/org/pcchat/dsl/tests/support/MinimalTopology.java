package org.pcchat.dsl.tests.support;

import static org.junit.jupiter.api.Assertions.assertTrue;


/**
 * The valid topology of conformance file c01 (no diagnostic at all), with the Persistent Chat pool's
 * servers given by the test, so that each test shows only the element it is about. The text is the
 * repository's copy of c01 itself, without its comment line: one home for the minimal topology.
 */
public final class MinimalTopology {

	private static final String SERVERS = "<servers>";

	/** c01's server pc1, the one Persistent Chat server of its pool. */
	private static final String PC1;

	private static final String TEMPLATE;

	static {
		String c01 = ConformanceFile.read("c01-valid-minimal.pctopo").text().replaceFirst("\\A(//[^\n]*\n)+", "");
		int start = c01.indexOf("            server pc1 {\n");
		int end = c01.indexOf("            }\n", start) + "            }\n".length();
		if (start < 0 || end < start) {
			throw new IllegalStateException("c01 no longer has its server pc1 block:\n" + c01);
		}
		PC1 = c01.substring(start, end);
		TEMPLATE = c01.substring(0, start) + SERVERS + c01.substring(end);
	}

	private MinimalTopology() {
	}

	/** The topology whose pool has these servers (see {@link #server}). */
	public static String withServers(String... servers) {
		return TEMPLATE.replace(SERVERS, String.join("", servers));
	}

	/** A Persistent Chat server that meets every requirement (c01's pc1), with this name and FQDN. */
	public static String server(String name, String fqdn) {
		return PC1.replace("server pc1 ", "server " + name + " ").replace("\"pc1.minimal.local\"", "\"" + fqdn + "\"");
	}

	/** {@code text} with {@code comment} on a line of its own before the first line containing {@code line}. */
	public static String withCommentBefore(String text, String line, String comment) {
		int at = text.indexOf(line);
		assertTrue(at >= 0, () -> "'" + line + "' is not in the text");
		int lineStart = text.lastIndexOf('\n', at) + 1;
		String indentation = text.substring(lineStart, at).isBlank() ? text.substring(lineStart, at) : "";
		return text.substring(0, lineStart) + indentation + comment + "\n" + text.substring(lineStart);
	}
}
