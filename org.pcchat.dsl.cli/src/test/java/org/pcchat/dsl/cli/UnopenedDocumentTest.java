package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pcchat.dsl.cli.LspSession.rangeOf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.Test;

/**
 * didChange and didClose for documents the editor never opened: the server ignores them (there is
 * no text to change or close), publishes nothing for them, and goes on serving the open ones.
 */
class UnopenedDocumentTest extends ExampleSession {

	@Test
	void documentsNeverOpenedGetNoDiagnostics() throws Exception {
		String missing = LspSession.uri(workspace.resolve("never-opened.pctopo"));
		String outside = LspSession.uri(workspace.resolveSibling(workspace.getFileName() + "-elsewhere").resolve("x.pctopo"));
		String untitled = "untitled:Untitled-1";
		for (String never : List.of(missing, outside, untitled)) {
			changeAndClose(never, text.replaceFirst("installed MSMQ, ", "installed "));
		}
		session.awaitBuilds();
		assertAll(
				() -> assertEquals(0, editor.publishCount(missing), () -> editor.allDiagnostics(missing).toString()),
				() -> assertEquals(0, editor.publishCount(outside), () -> editor.allDiagnostics(outside).toString()),
				() -> assertEquals(0, editor.publishCount(untitled), () -> editor.allDiagnostics(untitled).toString()));
		assertTheOpenDocumentIsStillValidated();
	}

	/** A workspace file that is not open is the file on disk: changes sent for it change nothing. */
	@Test
	void aWorkspaceFileNotOpenKeepsTheDiagnosticsOfItsFile() throws Exception {
		Path file = workspace.resolve("on-disk.pctopo");
		Files.writeString(file, text.replaceFirst("installed MSMQ, ", "installed "));
		String onDisk = LspSession.uri(file);
		session.server().getWorkspaceService().didChangeWatchedFiles(
				new DidChangeWatchedFilesParams(List.of(new FileEvent(onDisk, FileChangeType.Created))));
		editor.awaitDiagnostics(onDisk, 0, having("PC201"));
		changeAndClose(onDisk, text);
		session.awaitBuilds();
		assertAll(
				() -> assertEquals(1, editor.publishCount(onDisk), () -> editor.allDiagnostics(onDisk).toString()),
				() -> assertEquals(List.of("PC201"), editor.latestDiagnostics(onDisk).stream().map(d -> d.getCode().getLeft())
						.toList()));
		assertTheOpenDocumentIsStillValidated();
	}

	/** A full change, an incremental one, then didClose: what an editor would send had it opened the document. */
	private void changeAndClose(String uri, String newText) {
		TextDocumentService documents = session.server().getTextDocumentService();
		documents.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
				List.of(new TextDocumentContentChangeEvent(newText))));
		documents.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 3),
				List.of(new TextDocumentContentChangeEvent(rangeOf(text, "MSMQ, "), ""))));
		documents.didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
	}

	private void assertTheOpenDocumentIsStillValidated() throws Exception {
		int seen = editor.publishCount(uri);
		session.edit(uri, rangeOf(text, "MSMQ, "), "");
		assertEquals(List.of(nameOf("server pc01")), editor.awaitDiagnostics(uri, seen, having("PC201")).stream()
				.map(d -> d.getRange()).toList());
	}
}
