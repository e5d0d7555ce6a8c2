package org.pcchat.benchmarks;

import java.util.Collections;
import java.util.List;

/** Medians, percentiles and ranges of timings taken outside JMH (whole processes, the language server). */
final class Statistics {

	private Statistics() {
	}

	static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	/** The nearest-rank percentile: the smallest value that at least {@code percent}% of the values do not exceed. */
	static double percentile(List<Double> values, int percent) {
		List<Double> sorted = values.stream().sorted().toList();
		return sorted.get(Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
	}

	static double min(List<Double> values) {
		return Collections.min(values);
	}

	static double max(List<Double> values) {
		return Collections.max(values);
	}
}
