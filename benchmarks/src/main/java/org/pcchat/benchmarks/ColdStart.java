package org.pcchat.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line's cold start as a user sees it: {@code ./pcchat check examples/contoso.pctopo}
 * as a whole process (launcher script, JDK choice, JVM, injector, parse, validate, report) against
 * {@code java -version} of the same JDK, alternating so that both see the same machine load.
 */
final class ColdStart {

	record Times(List<Double> pcchatMillis, List<Double> javaVersionMillis) {
	}

	/** JAVA_HOME as the caller of benchmarks/run had it, empty when unset; absent: keep this JVM's environment. */
	static final String USER_JAVA_HOME = "PCCHAT_BENCHMARKS_USER_JAVA_HOME";

	private final Path root;
	private final List<String> pcchat;
	private final List<String> javaVersion;

	ColdStart(Path root) {
		this.root = root;
		this.pcchat = List.of(root.resolve("pcchat").toString(), "check", "examples/contoso.pctopo");
		this.javaVersion = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version");
	}

	/** One untimed run of each (builds the CLI if needed, writes its class-data archive), then {@code runs} of each. */
	Times measure(int runs) throws IOException, InterruptedException {
		time(pcchat);
		time(javaVersion);
		List<Double> pcchatMillis = new ArrayList<>();
		List<Double> javaMillis = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			pcchatMillis.add(time(pcchat));
			javaMillis.add(time(javaVersion));
		}
		return new Times(pcchatMillis, javaMillis);
	}

	private double time(List<String> command) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile())
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
		// benchmarks/run chose a JDK and set JAVA_HOME; the user's shell may not have had one.
		String userJavaHome = System.getenv(USER_JAVA_HOME);
		if (userJavaHome != null && userJavaHome.isEmpty()) {
			builder.environment().remove("JAVA_HOME");
		} else if (userJavaHome != null) {
			builder.environment().put("JAVA_HOME", userJavaHome);
		}
		long start = System.nanoTime();
		int exit = builder.start().waitFor();
		double millis = (System.nanoTime() - start) / 1e6;
		if (exit != 0) {
			throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
		}
		return millis;
	}
}
