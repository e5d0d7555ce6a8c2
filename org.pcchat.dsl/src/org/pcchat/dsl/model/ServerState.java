package org.pcchat.dsl.model;

import org.eclipse.emf.common.util.Enumerator;

/** The state of a pool's server; a server without one is active (docs/LANGUAGE.md). */
public enum ServerState implements Enumerator {
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
