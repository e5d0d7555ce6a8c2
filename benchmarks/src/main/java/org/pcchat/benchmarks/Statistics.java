package org.pcchat.benchmarks;

import java.util.Collections;
import java.util.List;

/** Medians and ranges of a handful of whole-process timings. */
final class Statistics {

	private Statistics() {
	}

	static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	static double min(List<Double> values) {
		return Collections.min(values);
	}

	static double max(List<Double> values) {
		return Collections.max(values);
	}
}
