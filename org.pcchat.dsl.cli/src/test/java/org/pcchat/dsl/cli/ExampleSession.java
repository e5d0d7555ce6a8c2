package org.pcchat.dsl.cli;

import static org.pcchat.dsl.cli.LspSession.positionOf;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.pcchat.dsl.ide.server.ServerSettings;

/**
 * Tests of the language server in the test's JVM, each on a fresh server: a workspace folder with a
 * copy of an example ({@link #example()}, examples/contoso.pctopo unless a test says otherwise),
 * initialized and opened as an editor does.
 */
abstract class ExampleSession {

	static final Path EXAMPLE = Path.of(System.getProperty("pcchat.root", "..")).resolve("examples/contoso.pctopo");
	static final ServerSettings SETTINGS = new ServerSettings(URI.create("https://example.org/pcchat/docs/rules.md"));

	@TempDir
	Path workspace;

	final LspTestClient editor = new LspTestClient();
	InProcessServer process;
	LspSession session;
	InitializeResult initialized;
	String text;
	String uri;

	/** The example this test opens. */
	Path example() {
		return EXAMPLE;
	}

	@BeforeEach
	void openTheExample() throws Exception {
		Path file = Files.copy(example(), workspace.resolve(example().getFileName()));
		text = Files.readString(file);
		process = InProcessServer.start(SETTINGS, editor);
		session = new LspSession(process.server());
		initialized = session.initialize(workspace, LspSession.hierarchicalSymbols());
		uri = session.open(file);
	}

	@AfterEach
	void stopTheServer() throws Exception {
		process.close();
	}

	TextDocumentIdentifier document() {
		return new TextDocumentIdentifier(uri);
	}

	/** Replaces the text and waits for diagnostics that pass {@code test}. */
	List<Diagnostic> replaceAndAwait(String newText, Predicate<List<Diagnostic>> test) throws Exception {
		int seen = editor.publishCount(uri);
		session.replace(uri, newText);
		return editor.awaitDiagnostics(uri, seen, test);
	}

	/** The range of the name in the first occurrence of {@code declaration} in the example, e.g. "server pc01". */
	Range nameOf(String declaration) {
		return nameOf(text, declaration);
	}

	static Range nameOf(String text, String declaration) {
		int nameStart = declaration.lastIndexOf(' ') + 1;
		Position start = positionOf(text, declaration, nameStart);
		return new Range(start, new Position(start.getLine(), start.getCharacter() + declaration.length() - nameStart));
	}

	static Predicate<List<Diagnostic>> having(String rule) {
		return diagnostics -> diagnostics.stream().anyMatch(d -> rule.equals(d.getCode().getLeft()));
	}
}
