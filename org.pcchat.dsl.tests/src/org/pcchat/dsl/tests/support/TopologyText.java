package org.pcchat.dsl.tests.support;

/**
 * Small valid topologies for rule tests, so that each test writes only the part its rule looks at:
 * one site with an SQL server, a UNC file share and an Enterprise Front End pool, all in the
 * Pacific time zone, around the elements a test adds.
 */
public final class TopologyText {

	public static final String SQL = """
			sqlserver SQL { fqdn "sql.t.local" instance RTC instance MGC instance COMP instance DR }""";

	/** The UNC share {@code \\fs.t.local\share}, written with escaped backslashes. */
	public static final String SHARE = """
			fileshare Share "\\\\\\\\fs.t.local\\\\share\"""";

	public static final String FRONT_END = """
			frontend pool FE {
			    fqdn "fe.t.local" backend SQL.RTC filestore Share
			    server fe1 { fqdn "fe1.t.local" certificate "fe1.t.local" san "fe.t.local" issuer CA }
			}""";

	private TopologyText() {
	}

	/** Topology T with the authorities CA and Other, and site S (Pacific) holding the elements. */
	public static String topology(String... siteElements) {
		return """
				topology T {
				    authority CA "CN=T Issuing CA"
				    authority Other "CN=Some Other CA"
				    site S {
				        timezone "Pacific Standard Time"
				%s
				    }
				}
				""".formatted(String.join("\n", siteElements));
	}

	/** Topology T with the SQL server, the share and the Front End pool, and the given elements. */
	public static String withFrontEnd(String... elements) {
		String[] all = new String[elements.length + 3];
		all[0] = SQL;
		all[1] = SHARE;
		all[2] = FRONT_END;
		System.arraycopy(elements, 0, all, 3, elements.length);
		return topology(all);
	}

	/** Persistent Chat pool PC (pc.t.local) routed by FE, stored on SQL.MGC, filed on Share. */
	public static String chatPool(String body) {
		return chatPool("", body);
	}

	/** The same pool with modifiers after its name ({@code single}, {@code on HOST}). */
	public static String chatPool(String modifiers, String body) {
		return """
				persistentchat pool PC %s {
				    fqdn "pc.t.local" nexthop FE store SQL.MGC filestore Share
				%s
				}""".formatted(modifiers, body);
	}

	/** A Persistent Chat server that satisfies every rule, plus the given attributes. */
	public static String chatServer(String name, String attributes) {
		return """
				server %1$s { fqdn "%1$s.t.local" installed MSMQ certificate "%1$s.t.local" san "pc.t.local" issuer CA %2$s }"""
				.formatted(name, attributes);
	}
}
