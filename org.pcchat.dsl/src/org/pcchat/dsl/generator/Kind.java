package org.pcchat.dsl.generator;

/**
 * What an item asks of the administrator: something to do, or something the topology does not
 * say (an absent attribute is unknown, not wrong: DOMAIN.md 2) and that must be checked by hand.
 */
public enum Kind {

	TODO("todo", "To do"),
	VERIFY("verify", "Verify");

	private final String key;
	private final String label;

	Kind(String key, String label) {
		this.key = key;
		this.label = label;
	}

	public String key() {
		return key;
	}

	public String label() {
		return label;
	}
}
