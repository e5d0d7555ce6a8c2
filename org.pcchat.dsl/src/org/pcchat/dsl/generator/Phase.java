package org.pcchat.dsl.generator;

/**
 * The phases of a deployment, in the order an administrator works through them
 * (https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-deployment-checklist-for-persistent-chat-server):
 * machines first (databases, shares, Front End, Persistent Chat servers), then the steps that need
 * them all, the configuration that follows, and the runbooks kept for a disaster. Publishing comes before database installation because {@code Install-CsDatabase
 * -ConfiguredDatabases} reads the topology from the Central Management store, where publishing
 * puts it.
 */
public enum Phase {

	SQL_SERVERS("sql-servers", "SQL Server database servers", true),
	FILE_SHARES("file-shares", "File shares", true),
	FRONT_END("front-end", "Front End", true),
	PERSISTENT_CHAT("persistent-chat", "Persistent Chat pools and servers", true),
	PUBLISHING("publishing", "Topology publishing", false),
	DATABASES("databases", "Database installation", false),
	SETUP("setup", "Server setup and activation", false),
	VERIFICATION("verification", "Verification", false),
	POST_DEPLOYMENT("post-deployment", "Configuration after deployment", false),
	RUNBOOKS("runbooks", "Failover and failback runbooks", false);

	private final String key;
	private final String title;
	private final boolean perSite;

	Phase(String key, String title, boolean perSite) {
		this.key = key;
		this.title = title;
		this.perSite = perSite;
	}

	/** The phase as JSON, CSV and item IDs write it, e.g. {@code sql-servers}. */
	public String key() {
		return key;
	}

	public String title() {
		return title;
	}

	/** Machine phases are listed per site; the later ones once for the whole deployment. */
	public boolean isPerSite() {
		return perSite;
	}

	/** 1 for the first phase, as headings number them. */
	public int number() {
		return ordinal() + 1;
	}
}
