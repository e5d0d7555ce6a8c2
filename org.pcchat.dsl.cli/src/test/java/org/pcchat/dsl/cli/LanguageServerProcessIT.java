package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pcchat.dsl.cli.ServerProcess.errorCode;
import static org.pcchat.dsl.cli.ServerProcess.isDiagnosticsFor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/**
 * The packaged server, `java -jar pcchat.jar lsp`, over its real stdin and stdout: malformed input
 * is answered with errors and the server goes on; stdout carries protocol frames and nothing else.
 */
class LanguageServerProcessIT {

	private static final Path JAR = Path.of(System.getProperty("pcchat.jar"));
	private static final Path EXAMPLE = Path.of(System.getProperty("pcchat.root")).resolve("examples/contoso.pctopo");

	@TempDir
	private Path workspace;

	private ServerProcess server;
	private Path stderr;

	@BeforeEach
	void startAndInitialize() throws Exception {
		stderr = workspace.resolveSibling(workspace.getFileName() + "-stderr.txt");
		server = ServerProcess.start(JAR, workspace, stderr);
		server.initialize(workspace);
	}

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void malformedInputIsAnsweredWithErrorsAndTheServerGoesOn() throws Exception {
		server.send("{\"jsonrpc\": \"2.0\", \"id\": 2, \"method\": ");
		server.send("this is not JSON");
		server.send("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"pcchat/nonsense\",\"params\":{}}");
		server.send(hover(4, LspSession.uri(workspace.resolve("never-opened.pctopo"))));
		List<JsonObject> parseErrors = server.await("parse error", m -> errorCode(m) == -32700, 2);
		JsonObject unknown = server.response(3);
		JsonObject notOpen = server.response(4);
		String uri = openWithoutMessageQueuing();
		JsonObject diagnostics = server.await("PC201 for " + uri, m -> isDiagnosticsFor(m, uri)
				&& m.toString().contains("\"code\":\"PC201\""));
		server.send(hover(5, uri));
		JsonObject hover = server.response(5);
		assertAll(
				() -> assertTrue(parseErrors.stream().allMatch(e -> e.get("id").isJsonNull()), parseErrors::toString),
				() -> assertEquals(-32601, errorCode(unknown), unknown::toString),
				() -> assertEquals(-32602, errorCode(notOpen), notOpen::toString),
				() -> assertTrue(errorMessage(notOpen).contains("is not open"), notOpen::toString),
				() -> assertTrue(diagnostics.toString().contains("\"line\":53,\"character\":19"), diagnostics::toString),
				() -> assertTrue(hover.toString().contains("PC201: Message Queuing not installed"), hover::toString));
		endCleanly();
	}

	/** JSON-RPC: JSON that is not a request object is an Invalid Request (-32600), not a Parse error. */
	@Test
	void jsonThatIsNoMessageIsAnInvalidRequest() throws Exception {
		server.send("{\"name\": \"pc01\", \"installed\": [\"MSMQ\"]}");
		server.send("{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":[\"textDocument/hover\"]}");
		server.send("[1, 2, 3]");
		server.send("{\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"textDocument/hover\",\"params\":{}}");
		server.send("null");
		String uri = openWithoutMessageQueuing();
		server.send(hover(7, uri));
		JsonObject hover = server.response(7);
		List<JsonObject> errors = server.received(m -> m.has("error") && (!m.has("id") || m.get("id").isJsonNull()));
		assertAll(
				() -> assertEquals(List.of(-32600, -32600, -32600, -32600, -32600),
						errors.stream().map(ServerProcess::errorCode).toList(), errors::toString),
				() -> assertTrue(errors.stream().allMatch(e -> errorMessage(e).startsWith("Invalid Request")), errors::toString),
				() -> assertTrue(hover.toString().contains("PC201: Message Queuing not installed"), hover::toString));
		endCleanly();
	}

	@Test
	void anEmptyFrameIsAParseError() throws Exception {
		server.send("");
		server.send(" \r\n");
		String uri = openWithoutMessageQueuing();
		server.send(hover(18, uri));
		JsonObject hover = server.response(18);
		List<JsonObject> errors = server.received(m -> m.has("error"));
		assertAll(
				() -> assertEquals(List.of(-32700, -32700), errors.stream().map(ServerProcess::errorCode).toList(), errors::toString),
				() -> assertTrue(errorMessage(errors.get(0)).contains("the message is empty"), errors::toString),
				() -> assertTrue(hover.toString().contains("PC201: Message Queuing not installed"), hover::toString));
		endCleanly();
	}

	/** JSON-RPC: a request whose params do not fit its method is answered Invalid params (-32602), with its id. */
	@Test
	void paramsOfTheWrongTypeAreInvalidParams() throws Exception {
		String uri = openWithoutMessageQueuing();
		server.send("{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"textDocument/hover\",\"params\":[1, 2]}");
		server.send("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":"
				+ "{\"uri\":\"" + uri + "\"},\"position\":\"on pc01\"}}");
		server.send("{\"jsonrpc\":\"2.0\",\"id\":10,\"method\":\"textDocument/completion\",\"params\":\"pc01\"}");
		List<JsonObject> answers = List.of(server.response(8), server.response(9), server.response(10));
		server.send(hover(11, uri));
		JsonObject hover = server.response(11);
		assertAll(
				() -> assertEquals(List.of(-32602, -32602, -32602), answers.stream().map(ServerProcess::errorCode).toList(),
						answers::toString),
				() -> assertTrue(errorMessage(answers.get(1)).contains("position"), answers::toString),
				() -> assertTrue(hover.toString().contains("PC201: Message Queuing not installed"), hover::toString));
		endCleanly();
	}

	/**
	 * A frame whose body is shorter than its Content-Length swallows the start of the next frame: the
	 * broken one gets a Parse error, and the server finds the next header in what it swallowed, so
	 * the following message is answered and the stream is in step again.
	 */
	@Test
	void aFrameShorterThanItsContentLengthDoesNotSwallowTheNextMessage() throws Exception {
		String uri = openWithoutMessageQueuing();
		byte[] cut = "{\"jsonrpc\":\"2.0\",\"id\":12,\"method\":\"textDocument/hover\",\"params\":{\"textDo"
				.getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream input = new ByteArrayOutputStream();
		input.writeBytes(("Content-Length: " + (cut.length + 40) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		input.writeBytes(cut);
		input.writeBytes(ServerProcess.frame(hover(13, uri)));
		input.writeBytes(ServerProcess.frame(hover(14, uri)));
		server.sendBytes(input.toByteArray());
		JsonObject broken = server.response(12);
		JsonObject next = server.response(13);
		JsonObject after = server.response(14);
		assertAll(
				() -> assertEquals(-32700, errorCode(broken), broken::toString),
				() -> assertTrue(next.toString().contains("PC201: Message Queuing not installed"), next::toString),
				() -> assertTrue(after.toString().contains("PC201: Message Queuing not installed"), after::toString));
		endCleanly();
	}

	/**
	 * A frame that ends inside the next frame's header: that next message cannot be read, but the
	 * server takes up the header after it and the stream is in step again.
	 */
	@Test
	void aFrameEndingInsideTheNextHeaderLeavesTheStreamInStep() throws Exception {
		String uri = openWithoutMessageQueuing();
		byte[] cut = "{\"jsonrpc\":\"2.0\",\"id\":15,\"method\":\"textDocument/hover\"".getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream input = new ByteArrayOutputStream();
		// Announces 10 bytes more than it has: they end inside the next frame's "Content-Length" header.
		input.writeBytes(("Content-Length: " + (cut.length + 10) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		input.writeBytes(cut);
		input.writeBytes(ServerProcess.frame(hover(16, uri)));
		input.writeBytes(ServerProcess.frame(hover(17, uri)));
		server.sendBytes(input.toByteArray());
		JsonObject broken = server.response(15);
		JsonObject after = server.response(17);
		assertAll(
				() -> assertEquals(-32700, errorCode(broken), broken::toString),
				() -> assertTrue(after.toString().contains("PC201: Message Queuing not installed"), after::toString));
		endCleanly();
	}

	@Test
	void standardOutputCarriesOnlyProtocolFrames() throws Exception {
		String uri = openWithoutMessageQueuing();
		server.await("diagnostics for " + uri, m -> isDiagnosticsFor(m, uri));
		endCleanly();
		assertEquals(List.of(), server.violations());
	}

	@Test
	void closingStandardInputWithoutShutdownEndsWithOne() throws Exception {
		server.closeInput();
		assertEquals(1, server.awaitExit());
	}

	private void endCleanly() throws Exception {
		server.send("{\"jsonrpc\":\"2.0\",\"id\":99,\"method\":\"shutdown\"}");
		assertTrue(server.response(99).has("result"));
		server.send("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
		assertEquals(0, server.awaitExit(), this::stderr);
		assertEquals(List.of(), server.violations());
	}

	private String openWithoutMessageQueuing() throws Exception {
		Path file = workspace.resolve("broken.pctopo");
		String text = Files.readString(EXAMPLE).replaceFirst("installed MSMQ, ", "installed ");
		Files.writeString(file, text);
		return server.open(file, text);
	}

	private static String hover(int id, String uri) {
		return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":"
				+ "{\"uri\":\"" + uri + "\"},\"position\":{\"line\":53,\"character\":20}}}";
	}

	private static String errorMessage(JsonObject message) {
		return message.getAsJsonObject("error").get("message").getAsString();
	}

	private String stderr() {
		try {
			return Files.readString(stderr);
		} catch (IOException e) {
			return "(no stderr: " + e + ")";
		}
	}
}
