package org.pcchat.dsl.model;

/** The state of a pool's server; a server without one is active (docs/LANGUAGE.md). */
public enum ServerState implements Word {
	ACTIVE("active"),
	STANDBY("standby");

	private final String literal;

	ServerState(String literal) {
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
