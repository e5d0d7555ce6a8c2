package org.pcchat.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An edit as an editor pays it: the packaged language server ({@code java -jar pcchat.jar lsp}, the
 * command the VS Code extension runs) in a process of its own, driven over stdio. The workspace is
 * a folder with the 5,000-line topology of {@link EditBenchmark}; the client opens it, then sends
 * incremental {@code didChange} notifications that delete and restore "MSMQ, " on a Persistent Chat
 * server in the middle of the file, and times each from writing the notification to reading the
 * {@code publishDiagnostics} that matches it (PC201 on that server after a deletion, no diagnostic
 * after a restore). One edit at a time, as a user types and waits.
 *
 * <p>
 * Two phases are measured, {@link #EDITS} edits each: {@code early}, after {@link #WARM_UPS} edits
 * (the protocol issue 16 was measured with: the first minute of editing, while the JIT compilers
 * still work), and {@code warm}, once the server has had as many edits as JMH ran to warm up the
 * in-process benchmark it is compared with ({@link Plan#IN_PROCESS_STDIO_EDIT}), so that both JVMs
 * have seen the same work before they are measured.
 *
 * <p>
 * Extra arguments for the server's JVM (e.g. a flight recording) come from the environment variable
 * {@value #JVM_ARGS}, separated by spaces; {@value #EDITS_VARIABLE} sets the number of edits per phase
 * (default {@value #EDITS}), e.g. for a longer profile; {@value #JAR_VARIABLE} names another
 * {@code pcchat.jar} than the checkout's, e.g. one built from an older commit, to compare.
 */
final class StdioEdit {

	static final String NAME = "Lsp.stdioEdit";
	static final String JVM_ARGS = "PCCHAT_BENCHMARKS_LSP_JVM_ARGS";
	static final String EDITS_VARIABLE = "PCCHAT_BENCHMARKS_LSP_EDITS";
	static final String JAR_VARIABLE = "PCCHAT_BENCHMARKS_LSP_JAR";
	static final int WARM_UPS = 5;
	static final int EDITS = 40;

	private static final String PROBE = "installed MSMQ, ";
	private static final String MSMQ = "MSMQ, ";
	private static final long TIMEOUT_SECONDS = 120;

	/**
	 * One phase: the edits' times in milliseconds, in order; the CPU time the server process (all
	 * its threads: the build, the collector, the compilers) spent per edit, which other processes on
	 * the machine disturb less than the elapsed times, in all and by kind of thread.
	 */
	record Phase(String name, String loadAverage, List<Double> editMillis, double cpuMillisPerEdit,
			Map<String, Double> threadCpuMillis) {
	}

	/** How long the opened file took to its first diagnostics, and the phases. */
	record Times(double openMillis, List<Phase> phases) {
	}

	private final Path root;
	private final Supplier<String> load;
	private final Path jar;
	private final int edits;
	private final long warmEdits;
	private Path workspace;
	private String text;
	private String uri;
	private Process server;
	private JsonRpcPipe pipe;
	private int editsSent;

	/** {@code warmEdits}: how many edits the server gets before the warm phase; {@code load}: the load average now. */
	StdioEdit(Path root, long warmEdits, Supplier<String> load) {
		this.root = root;
		this.load = load;
		String otherJar = System.getenv(JAR_VARIABLE);
		this.jar = otherJar == null || otherJar.isBlank() ? root.resolve("org.pcchat.dsl.cli/target/pcchat.jar")
				: Path.of(otherJar).toAbsolutePath();
		String perPhase = System.getenv(EDITS_VARIABLE);
		this.edits = perPhase == null || perPhase.isBlank() ? EDITS : Integer.parseInt(perPhase.strip());
		this.warmEdits = warmEdits;
	}

	int edits() {
		return edits;
	}

	Times measure() throws IOException, InterruptedException {
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar + " is missing: build it with ./pcchat --version");
		}
		workspace = Files.createTempDirectory("pcchat-stdio-edit");
		text = Topologies.fiveThousandLines();
		Path file = Files.writeString(workspace.resolve("edited.pctopo"), text);
		uri = file.toUri().toString();
		Path log = root.resolve("benchmarks/target/lsp-stderr.log");
		Files.createDirectories(log.getParent());
		server = new ProcessBuilder(command()).directory(workspace.toFile())
				.redirectError(ProcessBuilder.Redirect.to(log.toFile())).start();
		try (JsonRpcPipe connection = new JsonRpcPipe(server.getInputStream(), server.getOutputStream())) {
			pipe = connection;
			double openMillis = open();
			edit(WARM_UPS);
			Phase early = phase("early");
			while (editsSent < warmEdits) {
				edit(2);
			}
			Phase warm = phase("warm");
			pipe.response(pipe.request("shutdown", null), TIMEOUT_SECONDS);
			pipe.notify("exit", null);
			if (!server.waitFor(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("the language server did not exit after shutdown and exit");
			}
			return new Times(openMillis, List.of(early, warm));
		} finally {
			server.destroyForcibly();
			deleteTree(workspace);
		}
	}

	private List<String> command() {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		String extra = System.getenv(JVM_ARGS);
		if (extra != null && !extra.isBlank()) {
			command.addAll(List.of(extra.strip().split("\\s+")));
		}
		command.addAll(List.of("-jar", jar.toString(), "lsp"));
		return command;
	}

	/** initialize, initialized, the workspace build's diagnostics, then didOpen: the milliseconds to its diagnostics. */
	private double open() throws IOException, InterruptedException {
		pipe.response(pipe.request("initialize", initialize(workspace)), TIMEOUT_SECONDS);
		pipe.notify("initialized", JsonRpcPipe.object());
		// The build of the workspace folder publishes for the file once the client is initialized.
		awaitDiagnostics(false);
		long opened = System.nanoTime();
		pipe.notify("textDocument/didOpen", JsonRpcPipe.object().set("textDocument", JsonRpcPipe.object()
				.put("uri", uri).put("languageId", "pctopo").put("version", 1).put("text", text)));
		JsonNode first = awaitDiagnostics(false);
		if (!first.isEmpty()) {
			throw new IllegalStateException("the generated topology has diagnostics: " + first);
		}
		return (System.nanoTime() - opened) / 1e6;
	}

	private Phase phase(String name) throws IOException, InterruptedException {
		String loadAverage = load.get();
		long cpuBefore = cpuNanos(server);
		Map<String, Long> threadsBefore = ThreadTimes.of(server.pid());
		List<Double> times = edit(edits);
		double cpuPerEdit = (cpuNanos(server) - cpuBefore) / 1e6 / edits;
		return new Phase(name, loadAverage, times, cpuPerEdit,
				ThreadTimes.perEdit(threadsBefore, ThreadTimes.of(server.pid()), edits));
	}

	/** The next {@code count} edits, timed: the first of every two deletes "MSMQ, ", the second restores it. */
	private List<Double> edit(int count) throws IOException, InterruptedException {
		int offset = text.indexOf(PROBE, text.length() / 2) + "installed ".length();
		int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
		int character = offset - (text.lastIndexOf('\n', offset - 1) + 1);
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			boolean remove = editsSent % 2 == 0;
			ObjectNode change = JsonRpcPipe.object();
			change.set("range", range(line, character, remove ? character + MSMQ.length() : character));
			change.put("text", remove ? "" : MSMQ);
			ObjectNode params = JsonRpcPipe.object();
			params.set("textDocument", JsonRpcPipe.object().put("uri", uri).put("version", editsSent + 2));
			params.putArray("contentChanges").add(change);
			editsSent++;
			long start = System.nanoTime();
			pipe.notify("textDocument/didChange", params);
			awaitDiagnostics(remove);
			times.add((System.nanoTime() - start) / 1e6);
		}
		return times;
	}

	private static long cpuNanos(Process process) {
		return process.toHandle().info().totalCpuDuration()
				.orElseThrow(() -> new IllegalStateException("the system does not tell a process's CPU time")).toNanos();
	}

	/** The diagnostics of the next publication for the file that has PC201 exactly when {@code pc201}. */
	private JsonNode awaitDiagnostics(boolean pc201) throws InterruptedException {
		JsonNode message = pipe.await("diagnostics " + (pc201 ? "with" : "without") + " PC201 for " + uri,
				m -> "textDocument/publishDiagnostics".equals(m.path("method").asText())
						&& uri.equals(m.path("params").path("uri").asText()) && hasPc201(m) == pc201,
				TIMEOUT_SECONDS);
		return message.path("params").path("diagnostics");
	}

	private static boolean hasPc201(JsonNode publication) {
		for (JsonNode diagnostic : publication.path("params").path("diagnostics")) {
			if ("PC201".equals(diagnostic.path("code").asText())) {
				return true;
			}
		}
		return false;
	}

	/** What VS Code sends, in the parts that matter here: one workspace folder, incremental sync. */
	private static ObjectNode initialize(Path workspace) {
		String folder = workspace.toUri().toString();
		ObjectNode params = JsonRpcPipe.object();
		params.put("processId", ProcessHandle.current().pid());
		params.put("rootUri", folder);
		ArrayNode folders = params.putArray("workspaceFolders");
		folders.addObject().put("uri", folder).put("name", workspace.getFileName().toString());
		ObjectNode capabilities = params.putObject("capabilities");
		capabilities.putObject("workspace").put("workspaceFolders", true);
		capabilities.putObject("textDocument").putObject("publishDiagnostics").put("relatedInformation", true);
		return params;
	}

	private static ObjectNode range(int line, int startCharacter, int endCharacter) {
		ObjectNode range = JsonRpcPipe.object();
		range.putObject("start").put("line", line).put("character", startCharacter);
		range.putObject("end").put("line", line).put("character", endCharacter);
		return range;
	}

	private static void deleteTree(Path folder) throws IOException {
		try (var paths = Files.walk(folder)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
