package org.pcchat.dsl.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * `java -jar pcchat.jar lsp` as a separate process, spoken to in raw JSON-RPC frames, so that tests
 * can send what no well-behaved client would. Everything the server writes on stdout must be a
 * well-formed frame: anything else is recorded as a violation.
 */
final class ServerProcess implements AutoCloseable {

	private static final long TIMEOUT_MILLIS = 60_000;

	private final Process process;
	private final OutputStream in;
	private final List<JsonObject> received = new ArrayList<>();
	private final List<String> violations = new ArrayList<>();

	private ServerProcess(Process process) {
		this.process = process;
		this.in = process.getOutputStream();
		Thread reader = new Thread(this::readFrames, "lsp-stdout-reader");
		reader.setDaemon(true);
		reader.start();
	}

	static ServerProcess start(Path jar, Path workingDirectory, Path stderr) throws IOException {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process process = new ProcessBuilder(java.toString(), "-jar", jar.toString(), "lsp")
				.directory(workingDirectory.toFile()).redirectError(stderr.toFile()).start();
		return new ServerProcess(process);
	}

	/** Sends one frame with {@code content} as it is, valid JSON or not. */
	void send(String content) throws IOException {
		sendBytes(frame(content));
	}

	/** Writes these bytes to the server's input at once: frames, parts of frames, or anything else. */
	void sendBytes(byte[] bytes) throws IOException {
		in.write(bytes);
		in.flush();
	}

	/** {@code content} with the header that announces its length in bytes. */
	static byte[] frame(String content) {
		byte[] body = content.getBytes(StandardCharsets.UTF_8);
		byte[] header = ("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] frame = Arrays.copyOf(header, header.length + body.length);
		System.arraycopy(body, 0, frame, header.length, body.length);
		return frame;
	}

	/** initialize with {@code workspace} as the root and no client capabilities, then initialized. */
	void initialize(Path workspace) throws IOException, InterruptedException {
		send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,"
				+ "\"rootUri\":\"" + LspSession.uri(workspace) + "\",\"capabilities\":{}}}");
		if (!response(1).has("result")) {
			throw new AssertionError("initialize failed: " + response(1));
		}
		send("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
	}

	/** didOpen for {@code file} with {@code text}; returns its URI. */
	String open(Path file, String text) throws IOException {
		JsonObject item = new JsonObject();
		item.addProperty("uri", LspSession.uri(file));
		item.addProperty("languageId", LspSession.LANGUAGE_ID);
		item.addProperty("version", 1);
		item.addProperty("text", text);
		send("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":" + item + "}}");
		return LspSession.uri(file);
	}

	void closeInput() throws IOException {
		in.close();
	}

	/** Waits for a message from the server that passes {@code test}. */
	JsonObject await(String what, Predicate<JsonObject> test) throws InterruptedException {
		return await(what, test, 1).get(0);
	}

	/** Waits until {@code count} messages from the server pass {@code test}; returns them. */
	synchronized List<JsonObject> await(String what, Predicate<JsonObject> test, int count) throws InterruptedException {
		long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
		while (true) {
			List<JsonObject> matching = received.stream().filter(test).toList();
			if (matching.size() >= count) {
				return matching;
			}
			long left = deadline - System.currentTimeMillis();
			if (left <= 0 || !process.isAlive()) {
				throw new AssertionError(count + " x " + what + " expected from the server; received " + received
						+ "; violations " + violations);
			}
			wait(Math.min(left, 500));
		}
	}

	/** The response to the request with this id. */
	JsonObject response(int id) throws InterruptedException {
		return await("response to request " + id,
				m -> m.has("id") && !m.get("id").isJsonNull() && m.get("id").getAsInt() == id && !m.has("method"));
	}

	/** The messages received so far that pass {@code test}, in order. */
	synchronized List<JsonObject> received(Predicate<JsonObject> test) {
		return received.stream().filter(test).toList();
	}

	/** Whether {@code message} is a diagnostics notification for {@code uri}. */
	static boolean isDiagnosticsFor(JsonObject message, String uri) {
		return message.has("method") && message.get("method").getAsString().equals("textDocument/publishDiagnostics")
				&& message.getAsJsonObject("params").get("uri").getAsString().equals(uri);
	}

	/** The error code of a response; 0 when it is no error. */
	static int errorCode(JsonObject message) {
		return message.has("error") ? message.getAsJsonObject("error").get("code").getAsInt() : 0;
	}

	synchronized List<String> violations() {
		return List.copyOf(violations);
	}

	int awaitExit() throws InterruptedException {
		if (!process.waitFor(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
			throw new AssertionError("the server did not end within " + TIMEOUT_MILLIS + " ms");
		}
		return process.exitValue();
	}

	@Override
	public void close() {
		process.destroyForcibly();
	}

	private void readFrames() {
		try (InputStream out = process.getInputStream()) {
			while (true) {
				int length = readHeaders(out);
				if (length < 0) {
					return;
				}
				String content = new String(out.readNBytes(length), StandardCharsets.UTF_8);
				synchronized (this) {
					received.add(JsonParser.parseString(content).getAsJsonObject());
					notifyAll();
				}
			}
		} catch (IOException | RuntimeException e) {
			violation("unreadable output: " + e);
		}
	}

	/** Reads a frame's header lines; returns its Content-Length, or -1 at the end of the output. */
	private int readHeaders(InputStream out) throws IOException {
		int length = -1;
		while (true) {
			String line = readLine(out);
			if (line == null) {
				return -1;
			}
			if (line.isEmpty()) {
				if (length < 0) {
					violation("a frame without Content-Length");
				}
				return length;
			}
			if (line.startsWith("Content-Length: ")) {
				length = Integer.parseInt(line.substring("Content-Length: ".length()));
			} else if (!line.startsWith("Content-Type: ")) {
				violation("not a protocol header: " + line);
			}
		}
	}

	private static String readLine(InputStream out) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		int c;
		while ((c = out.read()) != -1) {
			if (c == '\n') {
				String text = line.toString(StandardCharsets.US_ASCII);
				return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
			}
			line.write(c);
		}
		return line.size() == 0 ? null : line.toString(StandardCharsets.US_ASCII);
	}

	private synchronized void violation(String description) {
		violations.add(description);
		notifyAll();
	}
}
