package org.pcchat.dsl.cli;

import java.io.PrintStream;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.LogManager;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.apache.log4j.spi.ThrowableInformation;

/**
 * Logging of the language server: every message on stderr, which editors show in their LSP log,
 * with its stack trace. Unlike {@link LibraryLog}, an error does not decide the exit code: a
 * request that failed was answered with an error, and the session went on.
 */
final class ServerLog extends AppenderSkeleton {

	private final PrintStream err;

	private ServerLog(PrintStream err) {
		this.err = err;
	}

	/** Replaces the log4j configuration: warnings and errors, or with --verbose also infos. */
	static void install(boolean verbose) {
		LogManager.resetConfiguration();
		Logger root = Logger.getRootLogger();
		root.setLevel(verbose ? Level.INFO : Level.WARN);
		root.addAppender(new ServerLog(System.err));
	}

	@Override
	protected void append(LoggingEvent event) {
		err.println("pcchat lsp: " + event.getLevel().toString().toLowerCase(java.util.Locale.ROOT) + ": "
				+ event.getLoggerName() + ": " + event.getRenderedMessage());
		ThrowableInformation thrown = event.getThrowableInformation();
		if (thrown != null) {
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
		// Nothing to release: stderr belongs to the process.
	}
}
