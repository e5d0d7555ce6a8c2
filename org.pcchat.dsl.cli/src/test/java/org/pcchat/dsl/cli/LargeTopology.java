package org.pcchat.dsl.cli;

/**
 * A valid topology of about the given size: a Front End pool and as many four-server Persistent
 * Chat pools, each with its own SQL server, as fit.
 */
final class LargeTopology {

	private LargeTopology() {
	}

	static String of(long maxBytes) {
		StringBuilder text = new StringBuilder("""
		topology Large {
		  authority CA "CN=Large CA"
		  site Main {
		    timezone "Pacific Standard Time"
		    sqlserver SQLBE { fqdn "sqlbe.large.local" sql SQL2012 sp 2 edition Enterprise os WindowsServer2012R2 \
		Standard instance RTC }
		    fileshare Share "\\\\\\\\fs.large.local\\\\share"
		    frontend pool FE {
		      fqdn "fe.large.local" backend SQLBE.RTC filestore Share
		      server fe1 { fqdn "fe1.large.local" os WindowsServer2012R2 Standard certificate "fe1.large.local" \
		issuer CA keysize 2048 }
		    }
		""");
		String end = "  }\n}\n";
		for (int pool = 0; ; pool++) {
			String next = pool(pool);
			if (text.length() + next.length() + end.length() > maxBytes) {
				return text.append(end).toString();
			}
			text.append(next);
		}
	}

	private static String pool(int n) {
		StringBuilder pool = new StringBuilder();
		pool.append("    sqlserver DB").append(n).append(" { fqdn \"db").append(n)
				.append(".large.local\" sql SQL2012 sp 2 edition Standard os WindowsServer2012R2 Standard instance MGC }\n");
		pool.append("    persistentchat pool P").append(n).append(" {\n      fqdn \"p").append(n)
				.append(".large.local\" nexthop FE store DB").append(n).append(".MGC filestore Share\n");
		for (int server = 0; server < 4; server++) {
			String fqdn = "p" + n + "s" + server + ".large.local";
			pool.append("      server p").append(n).append('s').append(server).append(" { fqdn \"").append(fqdn)
					.append("\" os WindowsServer2012 Datacenter installed MSMQ, DotNet45, PowerShell3, WIF certificate \"")
					.append(fqdn).append("\" issuer CA keysize 2048 }\n");
		}
		return pool.append("    }\n").toString();
	}
}
