package org.pcchat.dsl.model;

/** Processor architectures. */
public enum Architecture implements Word {
	X64("x64"),
	X86("x86"),
	IA64("ia64");

	private final String literal;

	Architecture(String literal) {
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
