package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The smallest inputs of the failures the fuzz properties found, each one fixed: they run through
 * the whole pipeline and must satisfy every {@link Invariants invariant}, plus what the fix promises.
 */
class FuzzRegressionTest {

	private static final Pipeline PIPELINE = new Pipeline(Path.of("target"), "regression.pctopo");

	/** A text cut after {@code clock}: the generator read the absent clock speed and crashed. */
	@Test
	void hardwareCutAfterClockGetsAChecklistWithoutAClockSpeed() {
		Pipeline.Outcome outcome = run("topology T { site S { sqlserver Q { hardware { arch x64 clock");
		assertTrue(markdown(outcome).contains("Provide \\<FQDN of Q\\> with x64 processors; the topology does not say,"
				+ " so check: 2 processors, 6 cores each, 2.26 GHz or faster"), markdown(outcome));
	}

	/**
	 * A text that ends with a lone carriage return and a syntax error at its end: Xtext threw while
	 * placing the error, and the file was reported clean. (The topology is cut short, so that it has
	 * no Front End, PC101, is not reported: the Front End may be in the text that is missing.)
	 */
	@Test
	void syntaxErrorAtTheEndAfterALoneCarriageReturnIsReported() {
		Pipeline.Outcome outcome = run("topology T {\r  site S {\r  }\r");
		assertEquals(List.of("PC001 3:4-4:1"), outcome.findings().stream()
				.map(f -> f.rule() + " " + f.line() + ":" + f.column() + "-" + f.endLine() + ":" + f.endColumn()).toList());
	}

	private static Pipeline.Outcome run(String text) {
		Pipeline.Outcome outcome = PIPELINE.run(text);
		Invariants.check(outcome);
		return outcome;
	}

	private static String markdown(Pipeline.Outcome outcome) {
		List<String> names = outcome.generated().keySet().stream().filter(name -> name.endsWith(".md")).toList();
		assertEquals(1, names.size(), names.toString());
		return new String(outcome.generated().get(names.get(0)), StandardCharsets.UTF_8);
	}
}
