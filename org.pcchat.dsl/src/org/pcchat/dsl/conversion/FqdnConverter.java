package org.pcchat.dsl.conversion;

/**
 * A fully qualified domain name written as a string. Surrounding blanks are dropped (they are never
 * part of a DNS name); everything else is kept as written so that rule PC005 can report it.
 */
public class FqdnConverter extends QuotedStringConverter {

	@Override
	protected String normalize(String value) {
		return value.strip();
	}
}
