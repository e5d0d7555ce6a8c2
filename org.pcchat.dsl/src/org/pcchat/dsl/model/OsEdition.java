package org.pcchat.dsl.model;

/** Windows Server editions. */
public enum OsEdition implements Word {
	STANDARD("Standard"),
	ENTERPRISE("Enterprise"),
	DATACENTER("Datacenter"),
	WEB("Web"),
	HPC("HPC");

	private final String literal;

	OsEdition(String literal) {
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
