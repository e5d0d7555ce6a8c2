package org.pcchat.dsl.tests.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;

import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pcchat.dsl.parser.RecoveryGrammar;
import org.pcchat.dsl.services.PctopoGrammarAccess;
import org.pcchat.dsl.tests.PctopoInjectorProvider;

import com.google.inject.Inject;

/**
 * The rules that read unknown text list keywords by hand (a parser rule cannot say "any token");
 * these tests hold the lists to the rest of the grammar, so that a keyword added to the language
 * is also one unknown text may hold, and one that starts an element or attribute ends unknown text.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoInjectorProvider.class)
class RecoveryGrammarTest {

	@Inject
	private PctopoGrammarAccess grammar;

	@Inject
	private RecoveryGrammar recoveryGrammar;

	@Test
	void startKeywordListsTheKeywordsThatStartAnElementOrAttribute() {
		assertEquals(new TreeSet<>(recoveryGrammar.startKeywords()), keywords(grammar.getStartKeywordRule()),
				"StartKeyword in Pctopo.xtext: the first keywords of the alternatives of the loops that read unknown text");
	}

	@Test
	void unknownTextHoldsEveryOtherKeyword() {
		Set<String> others = new TreeSet<>(GrammarUtil.getAllKeywords(grammar.getGrammar()));
		others.removeAll(recoveryGrammar.startKeywords());
		others.removeAll(Set.of("{", "}"));
		Set<String> unknownWords = keywords(grammar.getUnknownWordRule());
		unknownWords.addAll(keywords(grammar.getUnknownStartRule()));
		assertEquals(others, unknownWords, "UnknownWord and UnknownStart in Pctopo.xtext: every keyword that starts"
				+ " no element or attribute (UnknownStart: those that never continue an attribute)");
	}

	private static Set<String> keywords(AbstractRule rule) {
		Set<String> keywords = new TreeSet<>();
		GrammarUtil.containedKeywords(rule).stream().map(Keyword::getValue).forEach(keywords::add);
		return keywords;
	}
}
