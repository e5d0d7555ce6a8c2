package org.pcchat.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.xtext.validation.Issue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** What {@code pcchat check} does with one file: parse, link and validate (CheckMode.ALL). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ValidateBenchmark {

	@Param({ "1000", "10000", "100000" })
	public int servers;

	private Language language;
	private byte[] text;

	@Setup
	public void generate() {
		language = new Language();
		text = Topologies.pctopo(servers);
		Language.requireClean(parseLinkValidate(), "the topology of " + servers + " servers");
	}

	@Benchmark
	public List<Issue> parseLinkValidate() {
		return language.validate(language.parse(text, "topology"));
	}
}
