package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.pcchat.dsl.cli.ServerProcess.isDiagnosticsFor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The packaged server under a burst of 1,000 didChange notifications, written to its stdin at
 * once, alternating between a valid and a broken text: it stays up, and the last diagnostics it
 * publishes for the document are those of the last text.
 */
class DidChangeBurstIT {

	private static final Path JAR = Path.of(System.getProperty("pcchat.jar"));
	private static final Path EXAMPLE = Path.of(System.getProperty("pcchat.root")).resolve("examples/contoso.pctopo");
	private static final int CHANGES = 1_000;
	private static final String MSMQ = "MSMQ, ";
	// LSP4J's beans are plain fields: Gson writes and reads them as the protocol spells them.
	private static final Gson GSON = new Gson();

	@TempDir
	private Path workspace;

	private ServerProcess server;
	private String valid;
	private Path file;

	@BeforeEach
	void start() throws Exception {
		valid = Files.readString(EXAMPLE);
		file = workspace.resolve("burst.pctopo");
		server = ServerProcess.start(JAR, workspace, workspace.resolveSibling(workspace.getFileName() + "-stderr.txt"));
		server.initialize(workspace);
	}

	@AfterEach
	void stop() {
		server.close();
	}

	/**
	 * Opened without MSMQ on pc02; the first change puts it back (valid), then the changes delete and
	 * re-insert MSMQ on pc01, the last one deleting it: exactly PC201 on pc01's name remains.
	 */
	@Test
	void incrementalBurstEndsWithTheDiagnosticsOfTheLastText() throws Exception {
		int pc02Start = valid.indexOf("server pc02");
		int onPc02 = valid.indexOf(MSMQ, pc02Start);
		Position pc01 = LspSession.positionOf(valid, MSMQ, 0);
		Position pc02 = LspSession.positionOf(valid, "server pc02", onPc02 - pc02Start);
		String withoutOnPc02 = valid.substring(0, onPc02) + valid.substring(onPc02 + MSMQ.length());
		String uri = openAndAwaitFirstDiagnostics(withoutOnPc02);
		burst(uri, change -> change == 1 ? edit(new Range(pc02, pc02), MSMQ)
				: change % 2 == 0 ? edit(new Range(pc01, shifted(pc01, MSMQ.length())), "")
				: edit(new Range(pc01, pc01), MSMQ));
		assertEquals(List.of("PC201 " + ExampleSession.nameOf(valid, "server pc01")), finalDiagnostics(uri));
		endCleanly();
	}

	/**
	 * Opened with syntax errors; the changes replace the whole text, odd ones without MSMQ on pc01,
	 * even ones valid: the last is valid, so no diagnostics remain.
	 */
	@Test
	void fullTextBurstEndsWithTheDiagnosticsOfTheLastText() throws Exception {
		String truncated = valid.substring(0, valid.indexOf("server pc02"));
		String broken = valid.replaceFirst("installed " + MSMQ, "installed ");
		String uri = openAndAwaitFirstDiagnostics(truncated);
		burst(uri, change -> whole(change % 2 == 0 ? valid : broken));
		assertEquals(List.of(), finalDiagnostics(uri));
		endCleanly();
	}

	private String openAndAwaitFirstDiagnostics(String text) throws Exception {
		Files.writeString(file, text);
		String uri = server.open(file, text);
		JsonObject first = server.await("diagnostics of the opened text", m -> isDiagnosticsFor(m, uri));
		assertFalse(summary(first).isEmpty(), "the opened text must have diagnostics, else the burst proves nothing");
		return uri;
	}

	/** Writes all the changes in one go, as fast as the pipe takes them. */
	private void burst(String uri, IntFunction<JsonObject> changeNumbered) throws IOException {
		ByteArrayOutputStream frames = new ByteArrayOutputStream();
		for (int change = 1; change <= CHANGES; change++) {
			JsonObject document = new JsonObject();
			document.addProperty("uri", uri);
			document.addProperty("version", change + 1);
			JsonArray changes = new JsonArray();
			changes.add(changeNumbered.apply(change));
			JsonObject params = new JsonObject();
			params.add("textDocument", document);
			params.add("contentChanges", changes);
			JsonObject notification = new JsonObject();
			notification.addProperty("jsonrpc", "2.0");
			notification.addProperty("method", "textDocument/didChange");
			notification.add("params", params);
			frames.writeBytes(ServerProcess.frame(notification.toString()));
		}
		server.sendBytes(frames.toByteArray());
	}

	/**
	 * The diagnostics last published for {@code uri} once a request sent after the burst is answered:
	 * Xtext answers a request only after the builds of earlier changes, which publish first.
	 */
	private List<String> finalDiagnostics(String uri) throws Exception {
		server.send("{\"jsonrpc\":\"2.0\",\"id\":2000,\"method\":\"workspace/symbol\",\"params\":{\"query\":\"\"}}");
		server.response(2000);
		List<JsonObject> published = server.received(m -> isDiagnosticsFor(m, uri));
		return summary(published.get(published.size() - 1));
	}

	private void endCleanly() throws Exception {
		server.send("{\"jsonrpc\":\"2.0\",\"id\":2001,\"method\":\"shutdown\"}");
		server.response(2001);
		server.send("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
		assertEquals(0, server.awaitExit());
		assertEquals(List.of(), server.violations());
	}

	/** Each diagnostic as its code and range, as {@link Range#toString()} writes a range. */
	private static List<String> summary(JsonObject publication) {
		return publication.getAsJsonObject("params").getAsJsonArray("diagnostics").asList().stream()
				.map(JsonElement::getAsJsonObject)
				.map(d -> d.get("code").getAsString() + " " + GSON.fromJson(d.get("range"), Range.class)).toList();
	}

	private static Position shifted(Position position, int characters) {
		return new Position(position.getLine(), position.getCharacter() + characters);
	}

	private static JsonObject edit(Range range, String text) {
		return GSON.toJsonTree(new TextDocumentContentChangeEvent(range, text)).getAsJsonObject();
	}

	private static JsonObject whole(String text) {
		return GSON.toJsonTree(new TextDocumentContentChangeEvent(text)).getAsJsonObject();
	}
}
