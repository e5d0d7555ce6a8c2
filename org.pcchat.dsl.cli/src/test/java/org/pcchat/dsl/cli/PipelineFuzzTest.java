package org.pcchat.dsl.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Provide;

/**
 * Fuzzes the whole pipeline (read, parse, link, validate, generate every checklist format) with
 * grammatical random topologies and with broken variants of real ones: whatever the input, no
 * exception escapes, no input hangs, every diagnostic has a rule and a range inside the file, and
 * the generator writes all checklists or none ({@link Invariants}).
 */
class PipelineFuzzTest {

	private static final Pipeline PIPELINE = new Pipeline(Path.of("target"), "input.pctopo");
	private static final String EXAMPLE = read(Path.of("../examples/contoso.pctopo"));

	@Fuzz(inputs = 2500)
	void grammaticalTopologies(@ForAll("topologies") String text) {
		Invariants.check(PIPELINE.run(text));
	}

	@Fuzz(inputs = 2500)
	void tokenMutations(@ForAll("tokenMutations") String text) {
		Invariants.check(PIPELINE.run(text));
	}

	@Fuzz(inputs = 1500)
	void truncations(@ForAll("truncations") String text) {
		Invariants.check(PIPELINE.run(text));
	}

	@Fuzz(inputs = 1500)
	void byteMutations(@ForAll("byteMutations") byte[] bytes) {
		Invariants.check(PIPELINE.run(bytes));
	}

	/** The example with a broken pcchat.json beside it. */
	@Fuzz(inputs = 600)
	void configurationMutations(@ForAll("configurations") byte[] configuration) {
		Invariants.check(PIPELINE.run(EXAMPLE, configuration));
	}

	@Provide
	Arbitrary<byte[]> configurations() {
		return Mutations.configurations();
	}

	@Provide
	Arbitrary<String> topologies() {
		return TopologyTexts.topologies();
	}

	@Provide
	Arbitrary<String> tokenMutations() {
		return Mutations.tokenMutations();
	}

	@Provide
	Arbitrary<String> truncations() {
		return Mutations.truncations();
	}

	@Provide
	Arbitrary<byte[]> byteMutations() {
		return Mutations.byteMutations();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
