package org.pcchat.dsl.ide.server;

import java.util.concurrent.CompletableFuture;

import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;

import com.google.inject.Singleton;

/**
 * The end of a session as the protocol defines it: after {@code exit} the server process ends with
 * 0 when {@code shutdown} came first, else 1. Xtext's default calls System.exit from inside the
 * message handler; this completes {@link #exitCode()} instead, so that whoever started the server
 * (the command line, or a test in the same JVM) decides what ending means.
 */
@Singleton
public class SessionEnd implements ILanguageServerShutdownAndExitHandler {

	private volatile boolean shutDown;
	private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();

	@Override
	public void shutdown() {
		shutDown = true;
	}

	@Override
	public void exit() {
		exitCode.complete(shutDown ? 0 : 1);
	}

	/** Whether {@code shutdown} was requested. */
	public boolean isShutDown() {
		return shutDown;
	}

	/** Completes when the client sends {@code exit}. */
	public CompletableFuture<Integer> exitCode() {
		return exitCode;
	}
}
