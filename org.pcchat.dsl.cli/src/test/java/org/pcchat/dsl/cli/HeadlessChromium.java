package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A headless Chromium driven over the Chrome DevTools Protocol on a loopback port, with a profile
 * of its own: enough to open a page, run a line of script in it and reload it. Needs Debian's
 * {@code chromium} package (or {@code PCCHAT_CHROMIUM} naming a Chromium or Chrome binary).
 */
final class HeadlessChromium implements AutoCloseable {

	private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final Process process;
	private final WebSocket socket;
	private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
	private final AtomicInteger ids = new AtomicInteger();

	private HeadlessChromium(Process process, URI endpoint) {
		this.process = process;
		this.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT)
				.buildAsync(endpoint, new Listener()).join();
	}

	/** Starts Chromium with a fresh profile in {@code profile}; fails the test, saying why, when there is none. */
	static HeadlessChromium start(Path profile) throws IOException {
		Path binary = binary().orElseGet(() -> fail("Chromium is not installed: this test opens the HTML checklist in a"
				+ " real browser. Install Debian's chromium package (apt-get install chromium; .ci/run does) or set"
				+ " PCCHAT_CHROMIUM to a Chromium or Chrome binary"));
		Files.createDirectories(profile);
		Process process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
				"--no-first-run", "--no-default-browser-check", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--remote-debugging-address=127.0.0.1",
				"--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank")
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		URI endpoint = endpoint(process);
		return new HeadlessChromium(process, endpoint);
	}

	private static Optional<Path> binary() {
		String configured = System.getenv("PCCHAT_CHROMIUM");
		if (configured != null && !configured.isBlank()) {
			return Optional.of(Path.of(configured)).filter(Files::isExecutable);
		}
		String path = System.getenv().getOrDefault("PATH", "") + java.io.File.pathSeparator + "/usr/bin";
		return Stream.of(path.split(java.io.File.pathSeparator)).filter(folder -> !folder.isEmpty())
				.flatMap(folder -> Stream.of("chromium", "chromium-browser", "google-chrome").map(name -> Path.of(folder, name)))
				.filter(Files::isExecutable).findFirst();
	}

	/** The browser's DevTools address, which it prints on standard error once it listens. */
	private static URI endpoint(Process process) throws IOException {
		BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
		StringBuilder seen = new StringBuilder();
		for (String line = err.readLine(); line != null; line = err.readLine()) {
			Matcher matcher = LISTENING.matcher(line);
			if (matcher.find()) {
				Thread drain = new Thread(() -> err.lines().forEach(ignored -> { }), "chromium-stderr");
				drain.setDaemon(true);
				drain.start();
				return URI.create(matcher.group(1));
			}
			seen.append(line).append('\n');
		}
		return fail("Chromium ended without a DevTools endpoint; it printed:\n" + seen);
	}

	/** Opens {@code url} in a new tab and returns the session that controls it. */
	String open(URI url) {
		JsonObject target = call(null, "Target.createTarget", Map.of("url", url.toString()));
		JsonObject attached = call(null, "Target.attachToTarget",
				Map.of("targetId", target.get("targetId").getAsString(), "flatten", true));
		return attached.get("sessionId").getAsString();
	}

	void reload(String session) {
		call(session, "Page.reload", Map.of());
	}

	/** The value of a script expression in the page, or null while the page is between documents. */
	JsonElement evaluate(String session, String expression) {
		JsonObject result = call(session, "Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
		if (result.has("exceptionDetails")) {
			return null;
		}
		return result.getAsJsonObject("result").get("value");
	}

	/** Waits until {@code expression} is true in the page (a reload replaces the document meanwhile). */
	void waitUntil(String session, String expression) throws InterruptedException {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			try {
				JsonElement value = evaluate(session, expression);
				if (value != null && value.isJsonPrimitive() && value.getAsBoolean()) {
					return;
				}
			} catch (IllegalStateException betweenDocuments) {
				// the execution context went away with the old document: ask the new one
			}
			Thread.sleep(50);
		}
		fail("the page never satisfied " + expression);
	}

	private JsonObject call(String session, String method, Map<String, Object> parameters) {
		int id = ids.incrementAndGet();
		JsonObject message = new JsonObject();
		message.addProperty("id", id);
		message.addProperty("method", method);
		message.add("params", new com.google.gson.Gson().toJsonTree(parameters));
		if (session != null) {
			message.addProperty("sessionId", session);
		}
		CompletableFuture<JsonObject> reply = new CompletableFuture<>();
		pending.put(id, reply);
		socket.sendText(message.toString(), true).join();
		JsonObject answer = reply.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
		if (answer.has("error")) {
			throw new IllegalStateException(method + ": " + answer.get("error"));
		}
		return answer.getAsJsonObject("result");
	}

	@Override
	public void close() throws InterruptedException {
		socket.abort();
		process.destroy();
		if (!process.waitFor(10, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
		}
	}

	/** Collects a message's fragments and answers the call it replies to; events are ignored. */
	private final class Listener implements WebSocket.Listener {

		private final StringBuilder text = new StringBuilder();

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			text.append(data);
			if (last) {
				JsonObject message = JsonParser.parseString(text.toString()).getAsJsonObject();
				text.setLength(0);
				if (message.has("id")) {
					CompletableFuture<JsonObject> reply = pending.remove(message.get("id").getAsInt());
					if (reply != null) {
						reply.complete(message);
					}
				}
			}
			webSocket.request(1);
			return null;
		}
	}
}
