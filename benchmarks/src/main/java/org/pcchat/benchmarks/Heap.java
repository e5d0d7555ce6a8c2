package org.pcchat.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * {@link HeapCheck} in its own JVM: first with the 1 GiB heap of the target; when the topology does
 * not fit, with the larger heaps of {@link #LARGER_HEAPS} in turn, to report the smallest it fits in.
 *
 * @param failure    why it did not fit in {@link #MAX_HEAP}; null when it did
 * @param measuredIn the heap limit of the run that measured live, peak and seconds
 */
record Heap(int servers, String failure, String measuredIn, long liveMib, long peakMib, double seconds) {

	static final String MAX_HEAP = "-Xmx1g";
	static final List<String> LARGER_HEAPS = List.of("-Xmx2g", "-Xmx4g"); // 4g: the benchmarks' heap (Plan)

	boolean fits() {
		return failure == null;
	}

	static Heap measure(int servers) throws IOException, InterruptedException {
		Heap heap = run(servers, MAX_HEAP, null);
		for (int i = 0; i < LARGER_HEAPS.size() && heap.liveMib() == 0; i++) {
			heap = run(servers, LARGER_HEAPS.get(i), heap.failure());
		}
		return heap;
	}

	private static Heap run(int servers, String maxHeap, String failure) throws IOException, InterruptedException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(List.of(java, maxHeap, "-Dguice_bytecode_gen_option=DISABLED", "-cp",
				System.getProperty("java.class.path"), HeapCheck.class.getName(), String.valueOf(servers)))
				.redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		int exit = process.waitFor();
		String line = output.lines().filter(text -> text.startsWith("heap ")).findFirst().orElse(null);
		if (exit != 0 || line == null) {
			String cause = output.lines().filter(text -> text.contains("Error") || text.contains("Exception"))
					.findFirst().orElse("exit code " + exit).replaceFirst("^Exception in thread \"[^\"]*\" ", "").strip();
			return new Heap(servers, failure == null ? cause : failure + "; with " + maxHeap + " too", maxHeap, 0, 0, 0);
		}
		String[] fields = line.split(" ");
		return new Heap(servers, failure, maxHeap, Long.parseLong(fields[2]), Long.parseLong(fields[3]),
				Double.parseDouble(fields[4]));
	}
}
