package org.pcchat.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;

/**
 * Runs every benchmark of issue 7 and prints the summary table, ending with the ratios. Arguments: the
 * repository root (for {@code ./pcchat}), then {@code --quick} for fewer iterations, {@code --only REGEX}
 * for the measurements whose name matches (e.g. {@code 'Validate.*=1000$|cold start'}; ratios without
 * their measurements say so; {@code --only Lsp} measures the language server over stdio and the same
 * edit in process). The summary is also written to {@code benchmarks/target/summary.txt}.
 */
public final class Suite {

	static final int COLD_START_RUNS = 5;
	static final int HEAP_SERVERS = 100_000;

	private Suite() {
	}

	public static void main(String[] args) throws IOException, InterruptedException, RunnerException {
		Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
		List<String> options = List.of(args);
		boolean quick = options.contains("--quick");
		int only = options.indexOf("--only");
		Predicate<String> selected = only < 0 ? name -> true : Pattern.compile(args[only + 1]).asPredicate();
		// The language server's edit is reported against the same edit in process, measured in the same run.
		String inProcess = Plan.IN_PROCESS_STDIO_EDIT.name();
		boolean stdio = selected.test(StdioEdit.NAME);
		Predicate<String> planned = stdio ? selected.or(inProcess::equals) : selected;
		String loadBefore = loadAverage();
		List<Row> rows = new ArrayList<>();
		Map<String, String> loads = new LinkedHashMap<>();
		for (Plan plan : Plan.all(quick)) {
			if (planned.test(plan.name())) {
				loads.put(plan.name(), loadAverage());
				for (RunResult result : new Runner(plan.options()).run()) {
					rows.add(Row.of(plan, result));
				}
			}
		}
		StdioEdit.Times stdioEdit = null;
		if (stdio) {
			// warm: after as many edits as JMH ran to warm up the in-process figure of this run
			long warmEdits = rows.stream().filter(row -> row.is(EditBenchmark.class, "fullReparse", "edit=msmq"))
					.mapToLong(Row::warmupOps).findFirst().orElse(0);
			StdioEdit client = new StdioEdit(root, warmEdits, Suite::loadAverage);
			System.out.println("\nLanguage server over stdio: " + StdioEdit.WARM_UPS + " warm-up edits, " + client.edits()
					+ " measured (early); then " + warmEdits + " edits in all (as many as JMH's warm-up ran), "
					+ client.edits() + " measured (warm)");
			stdioEdit = client.measure();
			Path times = root.resolve("benchmarks/target/lsp-stdio-edits.txt");
			Files.createDirectories(times.getParent());
			Files.write(times, stdioEdit.phases().stream().map(phase -> phase.name() + " " + phase.editMillis().stream()
					.map(t -> String.format(Locale.ROOT, "%.1f", t)).toList()).toList());
			stdioEdit.phases().forEach(phase -> loads.put(StdioEdit.NAME + " " + phase.name(), phase.loadAverage()));
			System.out.println("Each edit's time: " + times);
		}
		ColdStart.Times coldStart = null;
		if (selected.test("cold start")) {
			loads.put("cold start", loadAverage());
			System.out.println("\nCold start: " + COLD_START_RUNS + " runs each of ./pcchat check and java -version");
			coldStart = new ColdStart(root).measure(COLD_START_RUNS);
		}
		Heap heap = null;
		if (selected.test("heap")) {
			loads.put("heap", loadAverage());
			System.out.println("Heap: " + HEAP_SERVERS + " servers with " + Heap.MAX_HEAP);
			heap = Heap.measure(HEAP_SERVERS);
		}
		String machine = Runtime.version() + " on " + Runtime.getRuntime().availableProcessors() + " cores; load average "
				+ loadBefore + " at the start, " + loadAverage() + " at the end";
		String summary = new SummaryTable(rows, stdioEdit, coldStart, heap).render(machine, loads);
		Path file = root.resolve("benchmarks/target/summary.txt");
		Files.createDirectories(file.getParent());
		Files.writeString(file, summary, StandardCharsets.UTF_8);
		System.out.print("\n" + summary);
	}

	/** The 1, 5 and 15 minute load averages, where the system tells them (Linux). */
	static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return fields[0] + " " + fields[1] + " " + fields[2];
		} catch (IOException | RuntimeException e) {
			return "unknown";
		}
	}
}
