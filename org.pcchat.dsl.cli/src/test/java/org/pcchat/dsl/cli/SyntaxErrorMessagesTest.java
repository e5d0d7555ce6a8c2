package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Syntax errors over the project's own mutation corpus: broken variants of the conformance files,
 * the example and the fixtures ({@link SyntaxErrorCorpus}, the same in every build). Every PC001
 * speaks the language and names the token it marks ({@link Invariants#checkSyntaxError}), and one
 * typo costs about one diagnostic: recovery keeps the rest of the file as it was.
 */
class SyntaxErrorMessagesTest {

	private static final Pipeline PIPELINE = new Pipeline(Path.of("target"), "typo.pctopo");

	@Test
	void everySyntaxErrorOfATypoSpeaksTheLanguage() {
		SyntaxErrorMeasure typos = new SyntaxErrorMeasure(PIPELINE).run(SyntaxErrorCorpus.typos(1000, 12));
		assertEquals(0, typos.raw, typos::toString);
		// measured: 0.90 diagnostics more than the original per typo that is a syntax error (2.11 before recovery)
		assertTrue(typos.cascade() < 1.1, typos::toString);
		assertTrue(typos.lostPerVariant() < 0.25, typos::toString);
	}

	@Test
	void everySyntaxErrorOfATokenMutationSpeaksTheLanguage() {
		SyntaxErrorMeasure mutations = new SyntaxErrorMeasure(PIPELINE).run(SyntaxErrorCorpus.tokenMutations(1000, 13));
		assertEquals(0, mutations.raw, mutations::toString);
	}
}
