package org.pcchat.dsl.cli;

import java.io.PrintWriter;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.LogManager;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.apache.log4j.spi.ThrowableInformation;

/**
 * Where Xtext's log4j messages go. Its own configuration would print INFO lines to stdout, into
 * the report. Here errors become one line on stderr (warnings and stack traces only with
 * --verbose), and are counted: Xtext logs a crashing validation check and carries on, and such a
 * run must not pass as clean.
 */
final class LibraryLog extends AppenderSkeleton {

	private final PrintWriter err;
	private final boolean verbose;
	private int errors;

	private LibraryLog(PrintWriter err, boolean verbose) {
		this.err = err;
		this.verbose = verbose;
	}

	/** Replaces any log4j configuration with one that reports to {@code err}. */
	static LibraryLog install(PrintWriter err, boolean verbose) {
		LibraryLog log = new LibraryLog(err, verbose);
		LogManager.resetConfiguration();
		Logger root = Logger.getRootLogger();
		root.setLevel(verbose ? Level.WARN : Level.ERROR);
		root.addAppender(log);
		return log;
	}

	int errors() {
		return errors;
	}

	@Override
	protected void append(LoggingEvent event) {
		boolean error = event.getLevel().isGreaterOrEqual(Level.ERROR);
		if (error) {
			errors++;
		}
		ThrowableInformation thrown = event.getThrowableInformation();
		String cause = thrown == null ? "" : ": " + thrown.getThrowable();
		String hint = verbose || !error ? "" : " (run again with --verbose for details)";
		err.println("pcchat: " + (error ? "internal error" : "warning") + ": "
				+ event.getRenderedMessage() + cause + hint);
		if (verbose && thrown != null) {
			thrown.getThrowable().printStackTrace(err);
		}
		err.flush();
	}

	@Override
	public boolean requiresLayout() {
		return false;
	}

	@Override
	public void close() {
		// Nothing to release: err belongs to the command line.
	}
}
