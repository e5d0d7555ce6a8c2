package org.pcchat.dsl.product;

import java.util.Locale;

/**
 * How large a Persistent Chat pool and deployment may be, defined once for the rules (PC202, PC203,
 * PC209, PC210), the checklist and the editors
 * (https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-capacity-planning-for-persistent-chat-server).
 */
public final class Limits {

	public static final int MAX_ACTIVE_SERVERS = 4;

	/** Four active and four standby, with high availability and disaster recovery. */
	public static final int MAX_SERVERS = 8;

	/** Concurrent users one active server serves. */
	public static final int USERS_PER_ACTIVE_SERVER = 20_000;

	/** Concurrent users all Persistent Chat pools of a deployment serve together. */
	public static final int MAX_DEPLOYMENT_USERS = 80_000;

	private Limits() {
	}

	/** A number of users as messages and the checklist write it: {@code 20,000}. */
	public static String users(long count) {
		return String.format(Locale.ROOT, "%,d", count);
	}
}
