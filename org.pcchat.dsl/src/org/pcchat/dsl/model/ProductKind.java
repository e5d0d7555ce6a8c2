package org.pcchat.dsl.model;

import org.eclipse.emf.common.util.Enumerator;

/** The products a topology is for; a topology without a product line is for Lync Server 2013. */
public enum ProductKind implements Enumerator {
	LYNC2013("Lync2013"),
	SKYPE_FOR_BUSINESS2015("SkypeForBusiness2015");

	private final String literal;

	ProductKind(String literal) {
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
