package org.pcchat.dsl.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.services.LanguageServer;

/** What an editor does with a language server, in the order the protocol requires, with timeouts. */
final class LspSession {

	static final String LANGUAGE_ID = "pctopo";
	private static final long TIMEOUT_SECONDS = 60;

	private final LanguageServer server;
	private int version = 1;

	LspSession(LanguageServer server) {
		this.server = server;
	}

	LanguageServer server() {
		return server;
	}

	/** initialize with {@code root} as the workspace, then initialized. */
	InitializeResult initialize(Path root, ClientCapabilities capabilities) throws Exception {
		return initialize(params(root, capabilities));
	}

	/** The parameters of {@link #initialize(Path, ClientCapabilities)}; {@code root} null: no folder at all. */
	static InitializeParams params(Path root, ClientCapabilities capabilities) {
		InitializeParams params = new InitializeParams();
		params.setProcessId((int) ProcessHandle.current().pid());
		params.setRootUri(root == null ? null : uri(root));
		params.setCapabilities(capabilities);
		return params;
	}

	/** initialize with these parameters, then initialized. */
	InitializeResult initialize(InitializeParams params) throws Exception {
		InitializeResult result = get(server.initialize(params));
		server.initialized(new InitializedParams());
		return result;
	}

	/** An editor that shows the outline as a tree, as VS Code and neovim do. */
	static ClientCapabilities hierarchicalSymbols() {
		TextDocumentClientCapabilities textDocument = new TextDocumentClientCapabilities();
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		textDocument.setDocumentSymbol(symbols);
		ClientCapabilities capabilities = new ClientCapabilities();
		capabilities.setTextDocument(textDocument);
		return capabilities;
	}

	/** Opens the file with its content on disk; returns its URI. */
	String open(Path file) throws Exception {
		return open(file, Files.readString(file));
	}

	String open(Path file, String text) {
		String uri = uri(file);
		server.getTextDocumentService().didOpen(
				new DidOpenTextDocumentParams(new TextDocumentItem(uri, LANGUAGE_ID, version, text)));
		return uri;
	}

	/** Replaces the whole text, as editors that sync full documents do. */
	void replace(String uri, String text) {
		change(uri, new TextDocumentContentChangeEvent(text));
	}

	/** Replaces {@code range} with {@code text}, as editors that sync incrementally do. */
	void edit(String uri, Range range, String text) {
		change(uri, new TextDocumentContentChangeEvent(range, text));
	}

	private void change(String uri, TextDocumentContentChangeEvent event) {
		version++;
		server.getTextDocumentService().didChange(
				new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), List.of(event)));
	}

	/**
	 * Returns once the server has handled everything sent before: a read request waits for the
	 * builds of earlier changes, and their diagnostics are sent before its answer.
	 */
	void awaitBuilds() throws Exception {
		get(server.getWorkspaceService().symbol(new WorkspaceSymbolParams("")));
	}

	static String uri(Path path) {
		return path.toAbsolutePath().normalize().toUri().toString();
	}

	static <T> T get(CompletableFuture<T> answer) throws Exception {
		return answer.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
	}

	/** The position of the first occurrence of {@code needle} in {@code text}, plus {@code shift} characters. */
	static Position positionOf(String text, String needle, int shift) {
		int offset = text.indexOf(needle);
		if (offset < 0) {
			throw new IllegalArgumentException("'" + needle + "' is not in the text");
		}
		offset += shift;
		int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
		int column = offset - (text.lastIndexOf('\n', offset - 1) + 1);
		return new Position(line, column);
	}

	/** The range of the first occurrence of {@code needle} in {@code text}; needle must not span lines. */
	static Range rangeOf(String text, String needle) {
		Position start = positionOf(text, needle, 0);
		return new Range(start, new Position(start.getLine(), start.getCharacter() + needle.length()));
	}
}
