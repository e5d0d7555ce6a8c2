package org.pcchat.dsl.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** One run of pcchat inside the test's JVM, configured exactly as {@link Main} configures it. */
record Run(int exitCode, String out, String err) {

	static Run pcchat(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exitCode = PcchatCommand.commandLine()
				.setOut(new PrintWriter(out, true))
				.setErr(new PrintWriter(err, true))
				.execute(args);
		return new Run(exitCode, normalize(out), normalize(err));
	}

	List<String> outLines() {
		return out.lines().toList();
	}

	List<String> errLines() {
		return err.lines().toList();
	}

	private static String normalize(StringWriter writer) {
		return writer.toString().replace("\r\n", "\n");
	}
}
