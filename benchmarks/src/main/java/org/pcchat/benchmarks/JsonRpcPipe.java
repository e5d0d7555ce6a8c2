package org.pcchat.benchmarks;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The client's end of a language server's stdio: JSON-RPC messages framed with
 * {@code Content-Length} headers, as an editor writes and reads them. Requests the server sends to
 * the client (registrations, configuration) are answered with a null result; everything else the
 * server sends is queued for {@link #await}.
 */
final class JsonRpcPipe implements AutoCloseable {

	static final ObjectMapper JSON = new ObjectMapper();

	private static final JsonNode END = JSON.createObjectNode().put("end", true);

	private final OutputStream out;
	private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
	private final Thread reader;
	private int nextId = 1;

	JsonRpcPipe(InputStream fromServer, OutputStream toServer) {
		this.out = toServer;
		this.reader = new Thread(() -> read(new BufferedInputStream(fromServer)), "json-rpc-reader");
		reader.setDaemon(true);
		reader.start();
	}

	/** Sends a request; returns its id. */
	synchronized int request(String method, JsonNode params) throws IOException {
		int id = nextId++;
		ObjectNode message = message(method, params).put("id", id);
		send(message);
		return id;
	}

	synchronized void notify(String method, JsonNode params) throws IOException {
		send(message(method, params));
	}

	/** The first message from now on that passes {@code test}; others are dropped. */
	JsonNode await(String what, Predicate<JsonNode> test, long timeoutSeconds) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
		while (true) {
			JsonNode message = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
			if (message == null) {
				throw new IllegalStateException("the language server sent no " + what + " within " + timeoutSeconds + " s");
			}
			if (message == END) {
				throw new IllegalStateException("the language server closed its output before sending " + what);
			}
			if (test.test(message)) {
				return message;
			}
		}
	}

	/** The answer to request {@code id}; an error answer is an exception. */
	JsonNode response(int id, long timeoutSeconds) throws InterruptedException {
		JsonNode response = await("answer to request " + id, m -> m.path("id").asInt(-1) == id && !m.has("method"),
				timeoutSeconds);
		if (response.has("error")) {
			throw new IllegalStateException("request " + id + " failed: " + response.get("error"));
		}
		return response.get("result");
	}

	static ObjectNode object() {
		return JSON.createObjectNode();
	}

	private static ObjectNode message(String method, JsonNode params) {
		ObjectNode message = object().put("jsonrpc", "2.0").put("method", method);
		if (params != null) {
			message.set("params", params);
		}
		return message;
	}

	private void send(JsonNode message) throws IOException {
		byte[] body = JSON.writeValueAsBytes(message);
		out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		out.write(body);
		out.flush();
	}

	private void read(InputStream in) {
		try {
			while (true) {
				int length = contentLength(in);
				if (length < 0) {
					break;
				}
				JsonNode message = JSON.readTree(in.readNBytes(length));
				if (message.has("method") && message.has("id")) {
					synchronized (this) {
						ObjectNode answer = object().put("jsonrpc", "2.0").putNull("result");
						answer.set("id", message.get("id"));
						send(answer);
					}
				} else {
					received.add(message);
				}
			}
		} catch (IOException e) {
			// The server went away: END below tells whoever waits.
		} finally {
			received.add(END);
		}
	}

	/** Reads the header lines up to the empty one; -1 at the end of the stream. */
	private static int contentLength(InputStream in) throws IOException {
		int length = -1;
		while (true) {
			String line = line(in);
			if (line == null) {
				return -1;
			}
			if (line.isEmpty()) {
				if (length < 0) {
					throw new IOException("a message without Content-Length");
				}
				return length;
			}
			if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
				length = Integer.parseInt(line.substring("content-length:".length()).strip());
			}
		}
	}

	private static String line(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int c = in.read(); c != '\n'; c = in.read()) {
			if (c < 0) {
				return null;
			}
			if (c != '\r') {
				line.write(c);
			}
		}
		return line.toString(StandardCharsets.US_ASCII);
	}

	@Override
	public void close() throws IOException {
		out.close();
	}
}
