package org.pcchat.dsl.ui.tests;

/** Topologies for the workspace tests: a valid one and variants with one kind of problem. */
final class TopologyTexts {

	/** No diagnostics at all (conformance file c01). */
	static final String VALID = """
			// A minimal valid Lync Server 2013 topology: no diagnostics at all.
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
			            server pc1 {
			                fqdn "pc1.minimal.local"
			                os WindowsServer2012
			                installed MSMQ, DotNet45, PowerShell3, WIF
			                certificate "pc1.minimal.local" san "pc.minimal.local" issuer CA
			            }
			        }
			    }
			}
			""";

	/** PC201 once: server pc1 (line 28) lacks Message Queuing. */
	static final String NO_MSMQ = VALID.replace("installed MSMQ, DotNet45", "installed DotNet45");

	/** The line of {@code server pc1} in these texts, 1-based. */
	static final int SERVER_PC1_LINE = 28;

	private TopologyTexts() {
	}
}
