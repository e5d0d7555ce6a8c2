package org.pcchat.dsl.model;

/** SQL Server editions. */
public enum SqlEdition implements Word {
	EXPRESS("Express"),
	WEB("Web"),
	WORKGROUP("Workgroup"),
	STANDARD("Standard"),
	ENTERPRISE("Enterprise"),
	DEVELOPER("Developer");

	private final String literal;

	SqlEdition(String literal) {
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
