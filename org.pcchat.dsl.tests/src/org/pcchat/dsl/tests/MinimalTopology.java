package org.pcchat.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The valid topology of conformance file c01 (no diagnostic at all), with the Persistent Chat pool's
 * servers given by the test, so that each test shows only the element it is about.
 */
final class MinimalTopology {

	private static final String TEMPLATE = """
			topology Minimal {
			    authority CA "CN=Minimal CA"
			    site Main {
			        sqlserver SQL {
			            fqdn "sql.minimal.local"
			            sql SQL2012 edition Standard
			            os WindowsServer2012
			            instance RTC
			            instance MGC
			        }
			        fileshare Share "\\\\\\\\fs.minimal.local\\\\share"
			        frontend pool FE {
			            fqdn "fe.minimal.local"
			            backend SQL.RTC
			            filestore Share
			            server fe1 {
			                fqdn "fe1.minimal.local"
			                os WindowsServer2012
			                certificate "fe1.minimal.local" san "fe.minimal.local" issuer CA
			            }
			        }
			        persistentchat pool PC {
			            fqdn "pc.minimal.local"
			            nexthop FE
			            store SQL.MGC
			            filestore Share
			%s        }
			    }
			}
			""";

	private MinimalTopology() {
	}

	/** The topology whose pool has these servers (see {@link #server}). */
	static String withServers(String... servers) {
		return TEMPLATE.formatted(String.join("", servers));
	}

	/** A Persistent Chat server that meets every requirement, with this name and FQDN. */
	static String server(String name, String fqdn) {
		return """
				            server %s {
				                fqdn "%s"
				                os WindowsServer2012
				                installed MSMQ, DotNet45, PowerShell3, WIF
				                certificate "%s" san "pc.minimal.local" issuer CA
				            }
				""".formatted(name, fqdn, fqdn);
	}

	/** {@code text} with {@code comment} on a line of its own before the first line containing {@code line}. */
	static String withCommentBefore(String text, String line, String comment) {
		int at = text.indexOf(line);
		assertTrue(at >= 0, () -> "'" + line + "' is not in the text");
		int lineStart = text.lastIndexOf('\n', at) + 1;
		String indentation = text.substring(lineStart, at).isBlank() ? text.substring(lineStart, at) : "";
		return text.substring(0, lineStart) + indentation + comment + "\n" + text.substring(lineStart);
	}
}
