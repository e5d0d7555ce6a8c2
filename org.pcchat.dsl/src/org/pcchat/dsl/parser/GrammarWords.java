package org.pcchat.dsl.parser;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.nodemodel.INode;
import org.pcchat.dsl.model.ElementKinds;

/**
 * Grammar elements in the words of the language, for syntax error messages: {@code `server`}, "a
 * server name", "the name of a Front End", "a quoted FQDN", "a number".
 */
final class GrammarWords {

	/** Longer tokens are cut in messages. */
	private static final int LONGEST_TOKEN = 40;

	/** Enumerations with up to this many values are listed in full. */
	private static final int LISTED_VALUES = 6;

	private GrammarWords() {
	}

	/** "`a`, `b` or a server name": what may come next, keywords first, each once. */
	static String anyOf(Collection<AbstractElement> expected) {
		List<String> keywords = new ArrayList<>();
		List<String> values = new ArrayList<>();
		boolean end = false;
		for (AbstractElement element : expected) {
			if (element == GrammarFollow.END_OF_FILE) {
				end = true;
			} else if (element instanceof Keyword keyword) {
				addOnce(keywords, quote(keyword.getValue()));
			} else if (enumOf(element) instanceof EnumRule values2 && literals(values2).size() <= LISTED_VALUES) {
				literals(values2).forEach(literal -> addOnce(keywords, quote(literal)));
			} else {
				addOnce(values, describe(element));
			}
		}
		List<String> all = new ArrayList<>(values);
		all.addAll(keywords);
		if (end) {
			all.add("the end of the file");
		}
		return join(all);
	}

	/** The keywords among {@code expected}, with the values of short enumerations. */
	static List<String> keywords(Collection<AbstractElement> expected) {
		List<String> keywords = new ArrayList<>();
		for (AbstractElement element : expected) {
			if (element instanceof Keyword keyword && element != GrammarFollow.END_OF_FILE) {
				addOnce(keywords, keyword.getValue());
			} else if (enumOf(element) instanceof EnumRule values) {
				literals(values).forEach(literal -> addOnce(keywords, literal));
			}
		}
		return keywords;
	}

	/** Whether a word (a name) is among what {@code expected} accepts. */
	static boolean acceptsWord(Set<AbstractElement> expected) {
		return expected.stream().anyMatch(element -> element instanceof Assignment assignment
				&& enumOf(element) == null && !(assignment.getTerminal() instanceof Keyword)
				&& "ID".equals(terminalOf(assignment.getTerminal())));
	}

	/** A token the parser read, as the message's "after ...": {@code `server`}, "the server name 'pc01'". */
	static String token(INode leaf) {
		String text = leaf.getText();
		Assignment assignment = assignmentOf(leaf);
		if (assignment != null && "name".equals(assignment.getFeature())) {
			return "the " + kindOf(assignment) + " name '" + cut(text) + "'";
		}
		return quote(text);
	}

	/** The assignment a token is the value of, also when it is read by a data type rule (a name); else null. */
	static Assignment assignmentOf(INode leaf) {
		Assignment assignment = GrammarUtil.containingAssignment(leaf.getGrammarElement());
		for (INode node = leaf.getParent(); assignment == null && node != null && isValue(node.getGrammarElement());
				node = node.getParent()) {
			assignment = GrammarUtil.containingAssignment(node.getGrammarElement());
		}
		return assignment;
	}

	private static boolean isValue(EObject grammarElement) {
		return grammarElement instanceof CrossReference || grammarElement instanceof RuleCall call
				&& call.getRule() instanceof ParserRule rule && GrammarUtil.isDatatypeRule(rule);
	}

	/** A token as the message shows it, between back quotes and cut when long. */
	static String quote(String token) {
		return "`" + cut(token) + "`";
	}

	private static String cut(String token) {
		String line = token.replaceAll("[ \\t\\r\\n]+", " ").replaceAll("^ | $", "");
		if (line.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
			StringBuilder visible = new StringBuilder();
			line.codePoints().forEach(c -> visible.append(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
					? String.format("U+%04X", c) : new String(Character.toChars(c))));
			line = visible.toString();
		}
		return line.length() <= LONGEST_TOKEN ? line : line.substring(0, LONGEST_TOKEN) + "…";
	}

	/** One grammar element: a value to write or a keyword. */
	static String describe(AbstractElement element) {
		if (element instanceof Keyword keyword) {
			return quote(keyword.getValue());
		}
		if (element instanceof CrossReference reference) {
			return "the name of " + article(ElementKinds.describe((EClass) reference.getType().getClassifier()));
		}
		if (element instanceof Assignment assignment) {
			AbstractElement value = assignment.getTerminal();
			if (value instanceof CrossReference) {
				return describe(value);
			}
			if ("name".equals(assignment.getFeature())) {
				return article(kindOf(assignment) + " name");
			}
			if (enumOf(value) instanceof EnumRule values) {
				List<String> literals = literals(values);
				return article(words(assignment.getFeature())) + " (" + quote(literals.get(0)) + " … "
						+ quote(literals.get(literals.size() - 1)) + ")";
			}
			String what = words(assignment.getFeature());
			if ("+=".equals(assignment.getOperator()) && what.endsWith("s")) {
				what = what.substring(0, what.length() - 1); // one of a list: "a subject alternative name"
			}
			return valueOf(terminalOf(value), what);
		}
		if (element instanceof RuleCall call) {
			return valueOf(terminalOf(call), words(call.getRule().getName()));
		}
		return "something else";
	}

	private static String valueOf(String terminal, String what) {
		return switch (terminal == null ? "" : terminal) {
			case "NL" -> "the end of the line";
			case "STRING" -> article("quoted " + what);
			case "INT" -> "a number";
			case "ID" -> article(what);
			default -> article(what);
		};
	}

	/** The terminal rule a value is written with: a data type rule's first one. */
	private static String terminalOf(AbstractElement value) {
		if (value instanceof RuleCall call) {
			AbstractRule rule = call.getRule();
			if (rule instanceof TerminalRule) {
				return rule.getName();
			}
			if (rule.getAlternatives() != null) {
				AbstractElement first = rule.getAlternatives();
				while (first instanceof org.eclipse.xtext.CompoundElement compound && !compound.getElements().isEmpty()) {
					first = compound.getElements().get(0);
				}
				return terminalOf(first);
			}
		}
		return null;
	}

	private static EnumRule enumOf(AbstractElement element) {
		AbstractElement value = element instanceof Assignment assignment ? assignment.getTerminal() : element;
		return value instanceof RuleCall call && call.getRule() instanceof EnumRule values ? values : null;
	}

	private static List<String> literals(EnumRule values) {
		List<String> literals = new ArrayList<>();
		values.getAlternatives().eAllContents().forEachRemaining(element -> {
			if (element instanceof EnumLiteralDeclaration literal) {
				literals.add(literal.getLiteral().getValue());
			}
		});
		if (values.getAlternatives() instanceof EnumLiteralDeclaration literal) {
			literals.add(literal.getLiteral().getValue());
		}
		return literals;
	}

	private static String kindOf(Assignment assignment) {
		return ElementKinds.describe((EClass) GrammarUtil.containingRule(assignment).getType().getClassifier());
	}

	/** A feature or rule name as words: {@code distinguishedName} is "distinguished name", {@code fqdn} "FQDN". */
	static String words(String name) {
		if (name.equalsIgnoreCase("fqdn")) {
			return "FQDN";
		}
		if (name.equals("timezone")) {
			return "time zone";
		}
		return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
	}

	/** "a server name", "an FQDN", "an SQL instance". */
	static String article(String phrase) {
		return ElementKinds.article(phrase);
	}

	/** "a", "a or b", "a, b or c". */
	static String join(List<String> parts) {
		if (parts.size() <= 1) {
			return parts.isEmpty() ? "" : parts.get(0);
		}
		return String.join(", ", parts.subList(0, parts.size() - 1)) + " or " + parts.get(parts.size() - 1);
	}

	private static void addOnce(List<String> list, String value) {
		if (!list.contains(value)) {
			list.add(value);
		}
	}
}
