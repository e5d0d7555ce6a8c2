package org.pcchat.dsl.cli;

import java.util.List;

/** Counts over all checked files, and the files that could not be read; the names are the JSON report's. */
record Summary(int files, int errors, int warnings, int infos, int unreadable) {

	static Summary of(List<FileReport> reports, Unreadable unreadable) {
		int[] counts = new int[Severity.values().length];
		for (FileReport report : reports) {
			report.diagnostics().forEach(finding -> counts[finding.severity().ordinal()]++);
		}
		return new Summary(reports.size(), counts[Severity.ERROR.ordinal()],
				counts[Severity.WARNING.ordinal()], counts[Severity.INFO.ordinal()], unreadable.count());
	}
}
