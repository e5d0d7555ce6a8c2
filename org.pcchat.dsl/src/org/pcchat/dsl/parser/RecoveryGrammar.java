package org.pcchat.dsl.parser;

import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.pcchat.dsl.services.PctopoGrammarAccess;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * What recovery from a syntax error needs to know of the grammar, read from the grammar: the rules
 * of elements with a block in braces, and the keywords that start an element or an attribute (the
 * topology, and the alternatives of the loops that also read unknown text).
 */
@Singleton
public class RecoveryGrammar {

	private final Set<AbstractRule> withBlock = new HashSet<>();

	private final Set<AbstractRule> unknownText = new HashSet<>();

	private final Set<String> startKeywords = new HashSet<>();

	private final BitSet startTypes = new BitSet();

	/** The keyword of each token type that is one. */
	private final Map<Integer, String> keywords = new HashMap<>();

	private final int open;

	private final int close;

	@Inject
	public RecoveryGrammar(PctopoGrammarAccess grammar, ITokenDefProvider tokens) {
		AbstractRule unknown = grammar.getUnknownRule();
		collectCalled(unknown, unknownText);
		GrammarFollow follow = new GrammarFollow(unknown);
		for (ParserRule rule : GrammarUtil.allParserRules(grammar.getGrammar())) {
			if (unknownText.contains(rule)) {
				continue;
			}
			if (GrammarUtil.containedKeywords(rule).stream().anyMatch(keyword -> "{".equals(keyword.getValue()))) {
				withBlock.add(rule);
			}
			rule.eAllContents().forEachRemaining(element -> {
				if (element instanceof Alternatives loop && GrammarUtil.isMultipleCardinality(loop) && readsUnknownText(loop, unknown)) {
					follow.first(loop).stream().filter(Keyword.class::isInstance)
							.forEach(keyword -> startKeywords.add(((Keyword) keyword).getValue()));
				}
			});
		}
		AbstractRule topology = grammar.getGrammar().getRules().get(0);
		follow.first(topology.getAlternatives()).stream().filter(Keyword.class::isInstance)
				.forEach(keyword -> startKeywords.add(((Keyword) keyword).getValue()));
		Map<String, Integer> types = new HashMap<>();
		tokens.getTokenDefMap().forEach((type, name) -> {
			types.put(name, type);
			if (name.length() > 2 && name.startsWith("'") && name.endsWith("'")) {
				keywords.put(type, name.substring(1, name.length() - 1));
			}
		});
		startKeywords.forEach(keyword -> startTypes.set(types.get("'" + keyword + "'")));
		open = types.get("'{'");
		close = types.get("'}'");
	}

	/** Whether the rule reads unknown text (the catch-all rule, or one it calls): no one is meant to write it. */
	public boolean isUnknownText(AbstractRule rule) {
		return unknownText.contains(rule);
	}

	/** The keywords that start an element or an attribute somewhere: where the next one begins. */
	public Set<String> startKeywords() {
		return startKeywords;
	}

	/** The keyword a token type stands for; null for names, numbers, strings and other tokens. */
	String keyword(int tokenType) {
		return keywords.get(tokenType);
	}

	boolean isStart(int tokenType) {
		return tokenType >= 0 && startTypes.get(tokenType);
	}

	int open() {
		return open;
	}

	int close() {
		return close;
	}

	/** The rule a composite node of the node model stands for, if it has a block in braces; else null. */
	AbstractRule blockRule(EObject grammarElement) {
		AbstractRule rule = grammarElement instanceof RuleCall call ? call.getRule()
				: grammarElement instanceof Action action ? GrammarUtil.containingRule(action)
				: grammarElement instanceof ParserRule parserRule ? parserRule : null;
		return withBlock.contains(rule) ? rule : null;
	}

	private static boolean readsUnknownText(Alternatives loop, AbstractRule unknown) {
		for (AbstractElement alternative : loop.getElements()) {
			if (GrammarUtil.containedRuleCalls(alternative).stream().anyMatch(call -> call.getRule() == unknown)) {
				return true;
			}
		}
		return false;
	}

	private static void collectCalled(AbstractRule rule, Set<AbstractRule> called) {
		if (called.add(rule)) {
			GrammarUtil.containedRuleCalls(rule).forEach(call -> collectCalled(call.getRule(), called));
		}
	}
}
