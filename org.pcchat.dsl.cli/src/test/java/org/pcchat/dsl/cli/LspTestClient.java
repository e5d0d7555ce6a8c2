package org.pcchat.dsl.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The editor's side of a test session: remembers every diagnostics notification and lets the test
 * wait for the one that follows an edit.
 */
final class LspTestClient implements LanguageClient {

	private static final long TIMEOUT_MILLIS = 60_000;

	private final List<PublishDiagnosticsParams> published = new ArrayList<>();
	private final List<RegistrationParams> registrations = new ArrayList<>();

	@Override
	public synchronized void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
		published.add(diagnostics);
		notifyAll();
	}

	/** How many diagnostics notifications arrived for {@code uri} so far. */
	synchronized int publishCount(String uri) {
		return (int) published.stream().filter(p -> p.getUri().equals(uri)).count();
	}

	/** Waits for a notification for {@code uri} after the first {@code seen} ones and returns its diagnostics. */
	synchronized List<Diagnostic> awaitDiagnostics(String uri, int seen) throws InterruptedException {
		return awaitDiagnostics(uri, seen, diagnostics -> true);
	}

	/** Waits for a notification for {@code uri}, after the first {@code seen}, whose diagnostics pass {@code test}. */
	synchronized List<Diagnostic> awaitDiagnostics(String uri, int seen, Predicate<List<Diagnostic>> test)
			throws InterruptedException {
		long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
		while (true) {
			List<PublishDiagnosticsParams> forUri = published.stream().filter(p -> p.getUri().equals(uri)).toList();
			for (PublishDiagnosticsParams params : forUri.subList(Math.min(seen, forUri.size()), forUri.size())) {
				if (test.test(params.getDiagnostics())) {
					return params.getDiagnostics();
				}
			}
			long left = deadline - System.currentTimeMillis();
			if (left <= 0) {
				throw new AssertionError("no matching diagnostics for " + uri + " within " + TIMEOUT_MILLIS
						+ " ms; received: " + forUri);
			}
			wait(left);
		}
	}

	/** The diagnostics of the latest notification for {@code uri}, waiting for a first one. */
	synchronized List<Diagnostic> latestDiagnostics(String uri) throws InterruptedException {
		awaitDiagnostics(uri, 0);
		List<PublishDiagnosticsParams> forUri = published.stream().filter(p -> p.getUri().equals(uri)).toList();
		return forUri.get(forUri.size() - 1).getDiagnostics();
	}

	/** The diagnostics of every notification for {@code uri} so far, in order. */
	synchronized List<List<Diagnostic>> allDiagnostics(String uri) {
		return published.stream().filter(p -> p.getUri().equals(uri)).map(PublishDiagnosticsParams::getDiagnostics)
				.toList();
	}

	synchronized List<RegistrationParams> registrations() {
		return List.copyOf(registrations);
	}

	@Override
	public synchronized CompletableFuture<Void> registerCapability(RegistrationParams params) {
		registrations.add(params);
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void telemetryEvent(Object object) {
		// Not used by the server.
	}

	@Override
	public void showMessage(MessageParams message) {
		// Shown to users; tests look at what the server answers instead.
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams message) {
		// As showMessage.
	}
}
