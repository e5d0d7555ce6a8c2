package org.pcchat.dsl.conversion;

/**
 * A file share path. Backslashes are escaped as in Java strings, so the UNC path
 * {@code \\fs01\share} is written {@code "\\\\fs01\\share"}; the value is the unescaped path and
 * serializing escapes it again.
 */
public class PathConverter extends QuotedStringConverter {
}
