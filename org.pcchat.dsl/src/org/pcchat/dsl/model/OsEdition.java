package org.pcchat.dsl.model;

import org.eclipse.emf.common.util.Enumerator;

/** Windows Server editions. */
public enum OsEdition implements Enumerator {
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
	public String getName() {
		return literal;
	}

	@Override
	public int getValue() {
		return ordinal();
	}

	@Override
	public String toString() {
		return literal;
	}
}
