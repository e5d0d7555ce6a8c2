package org.pcchat.dsl.model;

/** Software prerequisites of Lync servers in an {@code installed} list (hotfixes are {@link Hotfixes}). */
public enum Prerequisite implements Word {
	MSMQ("MSMQ"),
	DOT_NET45("DotNet45"),
	POWER_SHELL3("PowerShell3"),
	WIF("WIF");

	private final String literal;

	Prerequisite(String literal) {
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
