package org.pcchat.dsl.conversion;

/**
 * A file share path, as PowerShell writes it in single quotes ({@code '\\fs01\share'}) or in double
 * quotes with Java escapes ({@code "\\\\fs01\\share"}); the value is the path itself. Serializing writes
 * single quotes when the path has backslashes, as an administrator would.
 */
public class PathConverter extends QuotedStringConverter {

	@Override
	protected String internalToString(String value) {
		return value.indexOf('\\') >= 0 ? "'" + value.replace("'", "''") + "'" : super.internalToString(value);
	}
}
