package org.pcchat.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The suite's summary: one table of every measurement, then the ratios issue 7 sets targets for,
 * one per line, each with its target. A ratio whose measurements were not run says so.
 */
final class SummaryTable {

	private static final String ROW = "%-28s %-31s %10s %12s %10s %8s  %s%n";

	private final List<Row> rows;
	private final StdioEdit.Times stdioEdit;
	private final ColdStart.Times coldStart;
	private final Heap heap;

	/** {@code stdioEdit}, {@code coldStart} and {@code heap} are null when they were not measured. */
	SummaryTable(List<Row> rows, StdioEdit.Times stdioEdit, ColdStart.Times coldStart, Heap heap) {
		this.rows = rows;
		this.stdioEdit = stdioEdit;
		this.coldStart = coldStart;
		this.heap = heap;
	}

	/** {@code loads}: the load averages when each measurement began, by its name. */
	String render(String machine, Map<String, String> loads) {
		StringBuilder out = new StringBuilder();
		out.append("pcchat benchmarks: ").append(machine).append('\n');
		out.append(String.format(Locale.ROOT, ROW, "benchmark", "parameters", "median", "± error", "p95", "samples",
				"unit"));
		for (Row row : rows) {
			out.append(String.format(Locale.ROOT, ROW, row.benchmark(), row.parameters(), number(row.median()),
					number(row.error()), number(row.p95()), row.samples(), row.unit()));
		}
		if (stdioEdit != null) {
			for (StdioEdit.Phase phase : stdioEdit.phases()) {
				List<Double> millis = phase.editMillis();
				out.append(String.format(Locale.ROOT, ROW, StdioEdit.NAME, "edit=msmq, " + phase.name(),
						number(Statistics.median(millis)), number(Statistics.min(millis)) + "-" + number(Statistics.max(millis)),
						number(Statistics.percentile(millis, 95)), millis.size(), "ms"));
			}
		}
		if (coldStart != null) {
			out.append(coldStartRow("cli ./pcchat check contoso", coldStart.pcchatMillis()));
			out.append(coldStartRow("java -version", coldStart.javaVersionMillis()));
		}
		out.append("(± error: half the 99.9% confidence interval of the mean, as JMH computes it; language server"
				+ " and cold starts: min-max of the runs)\n\n");
		ratios().forEach(line -> out.append(line).append('\n'));
		if (!loads.isEmpty()) {
			out.append("(load average, 1 5 15 min, when each began:");
			loads.forEach((name, load) -> out.append(' ').append(name).append(' ').append(load).append(';'));
			out.append(")\n");
		}
		return out.toString();
	}

	private static String coldStartRow(String name, List<Double> millis) {
		return String.format(Locale.ROOT, ROW, name, "whole process", number(Statistics.median(millis)),
				number(Statistics.min(millis)) + "-" + number(Statistics.max(millis)), "", millis.size(), "ms");
	}

	List<String> ratios() {
		Optional<Row> validate10k = find(ValidateBenchmark.class, "parseLinkValidate", "servers=10000");
		Optional<Row> validate100k = find(ValidateBenchmark.class, "parseLinkValidate", "servers=100000");
		Optional<Row> jackson10k = find(JacksonBenchmark.class, "readTree", "servers=10000");
		Optional<Row> edit = find(EditBenchmark.class, "partialReparse", "edit=memory");
		List<String> lines = new ArrayList<>();
		lines.add(validate10k.isPresent() && jackson10k.isPresent()
				? ratio("validate/jackson @10k", validate10k.get().median() / jackson10k.get().median(), "", 5)
				: notMeasured("validate/jackson @10k"));
		lines.add(validate10k.isPresent() && validate100k.isPresent()
				? ratio("scaling 10k→100k", validate100k.get().median() / validate10k.get().median(), "", 11)
				: notMeasured("scaling 10k→100k"));
		lines.add(coldStart != null ? ratio("cli/java-version", Statistics.median(coldStart.pcchatMillis())
				/ Statistics.median(coldStart.javaVersionMillis()), "", 8) : notMeasured("cli/java-version"));
		lines.add(edit.isPresent() ? ratio("edit revalidate 5k-line p95", edit.get().p95(), " ms", 100)
				: notMeasured("edit revalidate 5k-line p95"));
		Optional<Row> inProcess = find(EditBenchmark.class, "fullReparse", "edit=msmq");
		for (String phase : List.of("early", "warm")) {
			String name = "lsp stdio edit p95 (" + phase + ") / in-process full reparse p95";
			Optional<StdioEdit.Phase> measured = stdioEdit == null ? Optional.empty()
					: stdioEdit.phases().stream().filter(p -> p.name().equals(phase)).findFirst();
			lines.add(measured.isPresent() && inProcess.isPresent()
					? ratio(name, Statistics.percentile(measured.get().editMillis(), 95) / inProcess.get().p95(), "", 3)
					: notMeasured(name));
		}
		if (stdioEdit != null) {
			lines.add("(lsp stdio: open to first diagnostics " + number(stdioEdit.openMillis()) + " ms)");
			for (StdioEdit.Phase phase : stdioEdit.phases()) {
				StringBuilder threads = new StringBuilder("(lsp stdio, " + phase.name() + ": server CPU per edit "
						+ number(phase.cpuMillisPerEdit()) + " ms; by thread:");
				phase.threadCpuMillis().entrySet().stream()
						.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
						.forEach(entry -> threads.append(' ').append(entry.getKey()).append(' ').append(number(entry.getValue()))
								.append(';'));
				lines.add(threads.append(')').toString());
			}
		}
		lines.add(heap != null ? heapLine() : notMeasured("heap for " + Suite.HEAP_SERVERS / 1000 + "k"));
		return lines;
	}

	private String heapLine() {
		String line = String.format(Locale.ROOT, "heap for %dk = %d MiB (live after validation; peak %d MiB; %.1f s"
				+ " with %s)", heap.servers() / 1000, heap.liveMib(), heap.peakMib(), heap.seconds(), heap.measuredIn());
		if (heap.fits()) {
			return line + " (target: validates with " + Heap.MAX_HEAP + "; met)";
		}
		return line + " (target: validates with " + Heap.MAX_HEAP + "; NOT MET: " + heap.failure() + ")";
	}

	private static String ratio(String name, double value, String unit, double target) {
		return String.format(Locale.ROOT, "%s = %s%s (target <= %s%s; %s)", name, number(value), unit, number(target),
				unit, value <= target ? "met" : "NOT MET");
	}

	private static String notMeasured(String name) {
		return name + " = not measured in this run";
	}

	private Optional<Row> find(Class<?> benchmark, String method, String parameter) {
		return rows.stream().filter(row -> row.is(benchmark, method, parameter)).findFirst();
	}

	/** Three significant digits at most, no exponent: 0.412, 41.2, 4120. */
	static String number(double value) {
		if (Double.isNaN(value)) {
			return "n/a";
		}
		double magnitude = Math.abs(value);
		String pattern = magnitude >= 100 ? "%.0f" : magnitude >= 10 ? "%.1f" : magnitude >= 1 ? "%.2f" : "%.3f";
		return String.format(Locale.ROOT, pattern, value);
	}
}
