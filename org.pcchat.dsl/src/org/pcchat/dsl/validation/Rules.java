package org.pcchat.dsl.validation;

/**
 * The rule IDs of DOMAIN.md section 2. Each diagnostic carries one as its issue code; the rule
 * catalogue ({@code rules.properties}) describes each one exactly once.
 */
public final class Rules {

	public static final String SYNTAX_ERROR = "PC001";
	public static final String UNRESOLVED_REFERENCE = "PC002";
	public static final String DUPLICATE_NAME = "PC003";
	public static final String DUPLICATE_FQDN = "PC004";
	public static final String INVALID_FQDN = "PC005";

	private Rules() {
	}
}
