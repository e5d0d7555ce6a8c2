package org.pcchat.dsl.model;

/** Windows Server versions, oldest first. */
public enum OsVersion implements Word {
	WINDOWS_SERVER2003("WindowsServer2003"),
	WINDOWS_SERVER2008("WindowsServer2008"),
	WINDOWS_SERVER2008_R2("WindowsServer2008R2"),
	WINDOWS_SERVER2012("WindowsServer2012"),
	WINDOWS_SERVER2012_R2("WindowsServer2012R2"),
	WINDOWS_SERVER2016("WindowsServer2016"),
	WINDOWS_SERVER2019("WindowsServer2019"),
	WINDOWS_SERVER2022("WindowsServer2022");

	private final String literal;

	OsVersion(String literal) {
		this.literal = literal;
	}

	/** The canonical spelling, as the formatter writes it. */
	@Override
	public String getLiteral() {
		return literal;
	}

	@Override
	public String toString() {
		return literal;
	}
}
