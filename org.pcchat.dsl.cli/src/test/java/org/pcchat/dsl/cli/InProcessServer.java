package org.pcchat.dsl.cli;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.pcchat.dsl.ide.server.LanguageServerSession;
import org.pcchat.dsl.ide.server.ServerSettings;

/**
 * The language server as `pcchat lsp` runs it, in the test's JVM: the same session class, talking
 * JSON-RPC through two pipes to LSP4J's client side.
 */
final class InProcessServer implements AutoCloseable {

	private final LanguageServerSession session;
	private final Launcher<LanguageServer> client;
	private final Future<Void> clientListening;
	private final Pipe toServer;
	private final Pipe toClient;

	private InProcessServer(ServerSettings settings, LspTestClient editor) throws IOException {
		toServer = Pipe.open();
		toClient = Pipe.open();
		session = LanguageServerSession.start(settings, Channels.newInputStream(toServer.source()),
				Channels.newOutputStream(toClient.sink()));
		client = LSPLauncher.createClientLauncher(editor, Channels.newInputStream(toClient.source()),
				Channels.newOutputStream(toServer.sink()));
		clientListening = client.startListening();
	}

	static InProcessServer start(ServerSettings settings, LspTestClient editor) throws IOException {
		return new InProcessServer(settings, editor);
	}

	LanguageServer server() {
		return client.getRemoteProxy();
	}

	/** Completes with the exit code the session ends with (after `exit`, or when the input closes). */
	CompletableFuture<Integer> end() {
		return session.ended();
	}

	@Override
	public void close() throws IOException {
		clientListening.cancel(true);
		session.stop();
		toServer.sink().close();
		toClient.sink().close();
		toServer.source().close();
		toClient.source().close();
	}
}
