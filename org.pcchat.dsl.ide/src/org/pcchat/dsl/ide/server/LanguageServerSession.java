package org.pcchat.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.ExecutorServiceProvider;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * One language server talking LSP (JSON-RPC with Content-Length headers) over a pair of streams:
 * the process's stdin and stdout for {@code pcchat lsp}, pipes for tests. Nothing else is written
 * to {@code out}.
 */
public final class LanguageServerSession {

	private final Injector injector;
	private final LanguageServerImpl server;
	private final Future<Void> listening;
	private final SessionEnd end;
	private final CompletableFuture<Integer> ended = new CompletableFuture<>();

	private LanguageServerSession(Injector injector, LanguageServerImpl server, Future<Void> listening) {
		this.injector = injector;
		this.server = server;
		this.listening = listening;
		this.end = injector.getInstance(SessionEnd.class);
	}

	/** Starts serving: reads requests from {@code in} on a thread of its own, answers on {@code out}. */
	public static LanguageServerSession start(ServerSettings settings, InputStream in, OutputStream out) {
		Injector injector = Guice.createInjector(PctopoServerModule.with(settings));
		LanguageServerImpl server = injector.getInstance(LanguageServerImpl.class);
		Launcher<LanguageClient> launcher = ParseErrorAnswering.launcherBuilder()
				.setLocalService(server)
				.setRemoteInterface(LanguageClient.class)
				.setInput(in)
				.setOutput(out)
				.validateMessages(true)
				.create();
		server.connect(launcher.getRemoteProxy());
		LanguageServerSession session = new LanguageServerSession(injector, server, launcher.startListening());
		session.end.exitCode().thenAccept(session.ended::complete);
		// A thread of its own: waiting in a shared pool could block the very thread that must end it.
		Thread watcher = new Thread(session::awaitInputClosed, "pcchat-lsp-input");
		watcher.setDaemon(true);
		watcher.start();
		return session;
	}

	/**
	 * Completes when the client sends {@code exit} or closes the input, with the exit code the
	 * protocol prescribes: 0 if {@code shutdown} was requested first, else 1.
	 */
	public CompletableFuture<Integer> ended() {
		return ended;
	}

	/** Waits for {@link #ended()}, then stops serving; returns the exit code. */
	public int awaitEnd() throws InterruptedException {
		try {
			return ended.get();
		} catch (ExecutionException e) {
			throw new IllegalStateException("the session ended abnormally", e.getCause());
		} finally {
			stop();
		}
	}

	private void awaitInputClosed() {
		try {
			listening.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (ExecutionException | CancellationException e) {
			// The reader failed or was stopped: either way no more requests will come.
		}
		ended.complete(end.isShutDown() ? 0 : 1);
	}

	/** Stops reading and releases the server's threads; a session may be stopped more than once. */
	public void stop() {
		listening.cancel(true);
		server.getRequestManager().shutdown();
		injector.getInstance(ExecutorServiceProvider.class).dispose();
	}
}
