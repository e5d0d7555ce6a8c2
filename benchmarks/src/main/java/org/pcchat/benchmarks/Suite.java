package org.pcchat.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;

/**
 * Runs every benchmark of issue 7 and prints the summary table, ending with the ratios. Arguments: the
 * repository root (for {@code ./pcchat}), then {@code --quick} for fewer iterations, {@code --only REGEX}
 * for the measurements whose name matches (e.g. {@code 'Validate.*=1000$|cold start'}; ratios without
 * their measurements say so). The summary is also written to {@code benchmarks/target/summary.txt}.
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
		String loadBefore = loadAverage();
		List<Row> rows = new ArrayList<>();
		for (Plan plan : Plan.all(quick)) {
			if (selected.test(plan.name())) {
				for (RunResult result : new Runner(plan.options()).run()) {
					rows.add(Row.of(plan, result));
				}
			}
		}
		ColdStart.Times coldStart = null;
		if (selected.test("cold start")) {
			System.out.println("\nCold start: " + COLD_START_RUNS + " runs each of ./pcchat check and java -version");
			coldStart = new ColdStart(root).measure(COLD_START_RUNS);
		}
		Heap heap = null;
		if (selected.test("heap")) {
			System.out.println("Heap: " + HEAP_SERVERS + " servers with " + Heap.MAX_HEAP);
			heap = Heap.measure(HEAP_SERVERS);
		}
		String machine = Runtime.version() + " on " + Runtime.getRuntime().availableProcessors() + " cores; load average "
				+ loadBefore + " at the start, " + loadAverage() + " at the end";
		String summary = new SummaryTable(rows, coldStart, heap).render(machine);
		Path file = root.resolve("benchmarks/target/summary.txt");
		Files.createDirectories(file.getParent());
		Files.writeString(file, summary, StandardCharsets.UTF_8);
		System.out.print("\n" + summary);
	}

	/** The 1, 5 and 15 minute load averages, where the system tells them (Linux). */
	private static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return fields[0] + " " + fields[1] + " " + fields[2];
		} catch (IOException | RuntimeException e) {
			return "unknown";
		}
	}
}
