package org.pcchat.dsl.conversion;

import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.ValueConverterWithValueException;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.Strings;

/**
 * A value written as a string: in double quotes with Java escapes ({@code "\\\\fs01\\share"}), or in
 * single quotes as in PowerShell, without escapes, where {@code ''} is a quote ({@code '\\fs01\share'}).
 */
public class QuotedStringConverter extends AbstractNullSafeConverter<String> {

	@Override
	protected String internalToValue(String string, INode node) {
		char quote = string.isEmpty() ? 0 : string.charAt(0);
		if (string.length() < 2 || quote != '"' && quote != '\'' || string.charAt(string.length() - 1) != quote) {
			throw new ValueConverterException("a string in quotes is expected here", node, null);
		}
		String body = string.substring(1, string.length() - 1);
		if (quote == '\'') {
			return normalize(body.replace("''", "'"));
		}
		try {
			return normalize(Strings.convertFromJavaString(body, true));
		} catch (IllegalArgumentException e) {
			throw new ValueConverterWithValueException("invalid escape sequence in " + string
					+ "; write a backslash as \\\\, or write the string in single quotes, which have no escapes", node,
					normalize(body), e);
		}
	}

	@Override
	protected String internalToString(String value) {
		return '"' + Strings.convertToJavaString(value, false) + '"';
	}

	/** Hook for subclasses: the canonical form of an unescaped value. */
	protected String normalize(String value) {
		return value;
	}
}
