package org.pcchat.benchmarks;

import java.util.ArrayList;
import java.util.List;

import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * One JMH run: a benchmark method with one set of parameters, and iterations long enough for its
 * operation (a 100,000-server validation takes seconds, a Jackson read of 1,000 a millisecond).
 */
record Plan(Class<?> benchmark, String method, String parameter, String value, int warmups, int measurements,
		int iterationSeconds) {

	/**
	 * Every fork: what the command line sets (see its Main), and one fixed heap for every size, twice the
	 * peak of the 100,000-server runs (2 GiB), so that the sizes compare at the same headroom.
	 */
	static final List<String> JVM_ARGS = jvmArgs();

	/** Everything the suite measures; {@code quick} halves the iterations, for trying the suite out. */
	static List<Plan> all(boolean quick) {
		int scale = quick ? 2 : 1;
		return List.of(
				new Plan(ValidateBenchmark.class, "parseLinkValidate", "servers", "1000", 5 / scale, 8 / scale, 2),
				new Plan(ValidateBenchmark.class, "parseLinkValidate", "servers", "10000", 4 / scale, 8 / scale, 3),
				// about two operations per iteration: 12 samples for the median of the scaling ratio
				new Plan(ValidateBenchmark.class, "parseLinkValidate", "servers", "100000", 2 / scale, 6 / scale, 10),
				new Plan(JacksonBenchmark.class, "readTree", "servers", "1000", 5 / scale, 8 / scale, 1),
				new Plan(JacksonBenchmark.class, "readTree", "servers", "10000", 5 / scale, 8 / scale, 1),
				new Plan(JacksonBenchmark.class, "readTree", "servers", "100000", 4 / scale, 8 / scale, 2),
				new Plan(ChecklistBenchmark.class, "render", "format", "MARKDOWN", 4 / scale, 6 / scale, 3),
				new Plan(ChecklistBenchmark.class, "render", "format", "HTML", 4 / scale, 6 / scale, 3),
				new Plan(ChecklistBenchmark.class, "render", "format", "JSON", 4 / scale, 6 / scale, 3),
				new Plan(ChecklistBenchmark.class, "render", "format", "CSV", 4 / scale, 6 / scale, 3),
				new Plan(EditBenchmark.class, "partialReparse", "edit", "memory", 5 / scale, 10 / scale, 2),
				new Plan(EditBenchmark.class, "fullReparse", "edit", "memory", 5 / scale, 10 / scale, 2),
				// the in-process figure for the language server's edit (StdioEdit): the same text and edit
				IN_PROCESS_STDIO_EDIT.scaled(scale));
	}

	/** The work of {@link StdioEdit}'s edits, in process: parse the edited text afresh, validate. */
	static final Plan IN_PROCESS_STDIO_EDIT = new Plan(EditBenchmark.class, "fullReparse", "edit", "msmq", 5, 10, 2);

	private Plan scaled(int scale) {
		return new Plan(benchmark, method, parameter, value, warmups / scale, measurements / scale, iterationSeconds);
	}

	/** As the summary and {@code --only} name it, e.g. {@code Validate.parseLinkValidate servers=1000}. */
	String name() {
		return benchmark.getSimpleName().replace("Benchmark", "") + "." + method
				+ (parameter == null ? "" : " " + parameter + "=" + value);
	}

	private static List<String> jvmArgs() {
		List<String> args = new ArrayList<>(List.of("-Dguice_bytecode_gen_option=DISABLED", "-Xms4g", "-Xmx4g"));
		if (Runtime.version().feature() >= 24) {
			args.add("--sun-misc-unsafe-memory-access=allow"); // JMH's own use, warned about on JDK 24+
		}
		return List.copyOf(args);
	}

	Options options() {
		ChainedOptionsBuilder options = new OptionsBuilder()
				.include("^" + benchmark.getName().replace(".", "\\.") + "\\." + method + "$")
				.forks(1).jvmArgsAppend(JVM_ARGS.toArray(String[]::new))
				.warmupIterations(Math.max(1, warmups)).warmupTime(TimeValue.seconds(iterationSeconds))
				.measurementIterations(Math.max(2, measurements)).measurementTime(TimeValue.seconds(iterationSeconds));
		if (parameter != null) {
			options.param(parameter, value);
		}
		return options.build();
	}
}
