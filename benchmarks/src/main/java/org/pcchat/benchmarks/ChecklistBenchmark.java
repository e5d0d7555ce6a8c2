package org.pcchat.benchmarks;

import java.util.concurrent.TimeUnit;

import org.eclipse.xtext.resource.XtextResource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.pcchat.dsl.generator.ChecklistFormat;
import org.pcchat.dsl.generator.Checklists;

/**
 * Checklist generation of a parsed topology, as {@code pcchat generate} and the Xtext generator call
 * it: {@link Checklists#render} validates (to flag items with diagnostics), builds and renders.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ChecklistBenchmark {

	@Param({ "10000" })
	public int servers;

	@Param({ "MARKDOWN", "HTML", "JSON", "CSV" })
	public ChecklistFormat format;

	private Checklists checklists;
	private XtextResource resource;

	@Setup
	public void parse() {
		Language language = new Language();
		checklists = language.checklists();
		resource = language.parse(Topologies.pctopo(servers), "topology");
		Language.requireClean(language.validate(resource), "the topology of " + servers + " servers");
	}

	@Benchmark
	public String render() {
		return checklists.render(resource, format);
	}
}
