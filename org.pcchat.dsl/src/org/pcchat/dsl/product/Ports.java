package org.pcchat.dsl.product;

import java.util.List;
import java.util.Set;

/**
 * The TCP ports of Persistent Chat and the Lync services beside it, defined once for the rules
 * (PC214, PC215), the quick fix, the checklist's firewall items and the editors' hovers
 * (https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-ports-and-protocols-for-internal-servers).
 */
public final class Ports {

	/** The Persistent Chat SIP port (MTLS): a pool's port when it does not set one. */
	public static final int PERSISTENT_CHAT_SIP = 5041;

	/** Persistent Chat WCF. */
	public static final int PERSISTENT_CHAT_WCF = 881;

	/** File transfer. */
	public static final int FILE_TRANSFER = 443;

	/** Between the servers of a pool, and for administration. */
	public static final int POOL_SERVERS = 8011;

	/** The Front End's SIP port. */
	public static final int FRONT_END_SIP = 5061;

	/** The ports a Persistent Chat server listens on besides the pool's SIP port, as the ports table lists them. */
	public static final List<Integer> OTHER_PERSISTENT_CHAT = List.of(PERSISTENT_CHAT_WCF, FILE_TRANSFER, POOL_SERVERS);

	/** Ports other Lync services use, which a pool's SIP port cannot be (PC215). */
	public static final Set<Integer> USED_BY_OTHER_SERVICES = Set.of(FILE_TRANSFER, PERSISTENT_CHAT_WCF, POOL_SERVERS,
			FRONT_END_SIP);

	private Ports() {
	}

	/** A TCP port: 1 to 65535 (PC214). */
	public static boolean isTcpPort(int port) {
		return port >= 1 && port <= 65535;
	}
}
