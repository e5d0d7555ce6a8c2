package org.pcchat.dsl.model;

/** SQL Server versions, oldest first (the order product profiles and messages list them in). */
public enum SqlVersion implements Word {
	SQL2000("SQL2000"),
	SQL2005("SQL2005"),
	SQL2008("SQL2008"),
	SQL2008R2("SQL2008R2"),
	SQL2012("SQL2012"),
	SQL2014("SQL2014"),
	SQL2016("SQL2016"),
	SQL2017("SQL2017"),
	SQL2019("SQL2019"),
	SQL2022("SQL2022");

	private final String literal;

	SqlVersion(String literal) {
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
