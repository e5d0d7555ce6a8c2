package org.pcchat.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The baseline: the same deployment as JSON, read by Jackson into a tree (no model, no checks). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JacksonBenchmark {

	@Param({ "1000", "10000", "100000" })
	public int servers;

	private final ObjectMapper mapper = new ObjectMapper();
	private byte[] json;

	@Setup
	public void generate() {
		json = Topologies.json(servers);
	}

	@Benchmark
	public JsonNode readTree() throws IOException {
		return mapper.readTree(json);
	}
}
