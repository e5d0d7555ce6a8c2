package org.pcchat.dsl.cli;

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
}
