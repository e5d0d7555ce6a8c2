package org.pcchat.dsl.cli;

import java.util.Comparator;

/**
 * One diagnostic in a file. Lines and columns are 1-based; the end is the position just after the
 * last character. The component names are the JSON report's field names.
 */
record Finding(String rule, Severity severity, String message,
		int line, int column, int endLine, int endColumn) {

	static final Comparator<Finding> BY_POSITION = Comparator.comparingInt(Finding::line)
			.thenComparingInt(Finding::column)
			.thenComparing(Finding::severity)
			.thenComparing(Finding::message);
}
