package org.pcchat.dsl.cli;

import java.io.PrintWriter;
import java.util.List;

/** The compiler-style report: `path:line:column: severity: message [rule]`, then a summary line. */
final class TextReport {

	private TextReport() {
	}

	static void write(List<FileReport> reports, Unreadable unreadable, PrintWriter out) {
		for (FileReport report : reports) {
			for (Finding finding : report.diagnostics()) {
				out.println(line(report.path(), finding));
			}
		}
		out.println(summary(Summary.of(reports, unreadable)));
		out.flush();
	}

	static String line(String path, Finding finding) {
		// One diagnostic, one line: tools that read this format match line by line.
		String message = finding.message().replaceAll("\\R", " ");
		String rule = finding.rule() == null ? "" : " [" + finding.rule() + "]";
		return path + ":" + finding.line() + ":" + finding.column() + ": "
				+ finding.severity().label() + ": " + message + rule;
	}

	/** "2 files checked: 1 error, 0 warnings, 0 infos", then "; 1 file could not be read" when one could not. */
	static String summary(Summary summary) {
		String checked = count(summary.files(), "file") + " checked: " + count(summary.errors(), "error") + ", "
				+ count(summary.warnings(), "warning") + ", " + count(summary.infos(), "info");
		return summary.unreadable() == 0 ? checked : checked + "; " + Unreadable.couldNotBeRead(summary.unreadable());
	}

	private static String count(int n, String noun) {
		return n + " " + noun + (n == 1 ? "" : "s");
	}
}
