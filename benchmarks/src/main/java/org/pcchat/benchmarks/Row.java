package org.pcchat.benchmarks;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Statistics;

/**
 * One line of the summary: the median of the sampled operation times, the error JMH gives for the
 * score (half the 99.9% confidence interval), the 95th percentile and the number of samples; and how
 * many operations JMH ran to warm up (0 when it does not say).
 */
record Row(String benchmark, String parameters, double median, double error, double p95, long samples,
		String unit, long warmupOps) {

	static Row of(Plan plan, RunResult run) {
		Result<?> primary = run.getPrimaryResult();
		Statistics statistics = primary.getStatistics();
		String parameters = String.join(", ", run.getParams().getParamsKeys().stream()
				.map(key -> key + "=" + run.getParams().getParam(key)).toList());
		long warmupOps = run.getBenchmarkResults().stream().mapToLong(
				result -> result.getMetadata() == null ? 0 : result.getMetadata().getWarmupOps()).sum();
		return new Row(plan.benchmark().getSimpleName().replace("Benchmark", "") + "." + plan.method(), parameters,
				statistics.getPercentile(50), primary.getScoreError(), statistics.getPercentile(95), statistics.getN(),
				primary.getScoreUnit(), warmupOps);
	}

	boolean is(Class<?> benchmark, String method, String parameter) {
		return this.benchmark.equals(benchmark.getSimpleName().replace("Benchmark", "") + "." + method)
				&& (parameter == null || parameters.contains(parameter));
	}
}
