package org.pcchat.dsl.conversion;

import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.ValueConverterWithValueException;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.Strings;

/** A value written as a double-quoted string with Java escapes ({@code \\} for a backslash). */
public class QuotedStringConverter extends AbstractNullSafeConverter<String> {

	@Override
	protected String internalToValue(String string, INode node) {
		if (string.length() < 2 || string.charAt(0) != '"' || string.charAt(string.length() - 1) != '"') {
			throw new ValueConverterException("a string in double quotes is expected here", node, null);
		}
		String body = string.substring(1, string.length() - 1);
		try {
			return normalize(Strings.convertFromJavaString(body, true));
		} catch (IllegalArgumentException e) {
			throw new ValueConverterWithValueException("invalid escape sequence in " + string
					+ "; write a backslash as \\\\", node, normalize(body), e);
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
