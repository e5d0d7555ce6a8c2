package org.pcchat.dsl.model;

/** The products a topology is for; a topology without a product line is for Lync Server 2013. */
public enum ProductKind implements Word {
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
	public String toString() {
		return literal;
	}
}
