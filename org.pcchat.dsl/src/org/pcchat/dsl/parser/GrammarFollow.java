package org.pcchat.dsl.parser;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.UnorderedGroup;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;

/**
 * What the grammar accepts next, read from the grammar itself: after a token the parser has read
 * (a leaf of the node model, whose parents say which rules called which), or at the start of an
 * element. The answer is a set of grammar elements a message can name: keywords, assignments of a
 * value (a name, a reference, a string, a number, a value of an enumeration) and terminal rule calls,
 * plus {@link #END_OF_FILE}. Rules for which {@code skip} says so (the catch-all for unknown text)
 * are left out: nobody is told to write unknown text.
 */
final class GrammarFollow {

	/** Stands for the end of the file in a follow set. */
	static final AbstractElement END_OF_FILE = org.eclipse.xtext.XtextFactory.eINSTANCE.createKeyword();

	private final AbstractRule skip;

	GrammarFollow(AbstractRule skip) {
		this.skip = skip;
	}

	/**
	 * What may come after {@code leaf}, a token the parser read. Inside unknown text, what may come
	 * after the unknown text: its own words are no advice.
	 */
	Set<AbstractElement> after(INode leaf) {
		Deque<AbstractElement> callers = new ArrayDeque<>();
		AbstractElement element = (AbstractElement) leaf.getGrammarElement();
		for (ICompositeNode parent = leaf.getParent(); parent != null; parent = parent.getParent()) {
			EObject called = parent.getGrammarElement();
			if (called instanceof Action && parent.getFirstChild() instanceof ICompositeNode created) {
				called = created.getGrammarElement(); // {Hardware} made a node above the call of its rule
			}
			if (called instanceof RuleCall call && call.getRule() == skip) {
				element = call;
				callers.clear();
			} else if (called instanceof RuleCall || called instanceof CrossReference) {
				callers.addLast((AbstractElement) called);
			}
		}
		return after(element, callers);
	}

	/** What may come after {@code element}, inside the rules that {@code callers} name, innermost first. */
	Set<AbstractElement> after(AbstractElement element, Deque<AbstractElement> callers) {
		Set<AbstractElement> next = new LinkedHashSet<>();
		AbstractElement current = element;
		while (current != null) {
			if (GrammarUtil.isMultipleCardinality(current)) {
				first(current, next, new HashSet<>());
			}
			EObject container = current.eContainer();
			if (container instanceof Group group) {
				boolean restOptional = true;
				for (int i = group.getElements().indexOf(current) + 1; i < group.getElements().size() && restOptional; i++) {
					AbstractElement sibling = group.getElements().get(i);
					first(sibling, next, new HashSet<>());
					restOptional = isOptional(sibling, new HashSet<>());
				}
				if (!restOptional) {
					return next;
				}
				current = group;
			} else if (container instanceof AbstractElement enclosing) {
				current = enclosing;
			} else if (!callers.isEmpty()) {
				current = callers.pop();
			} else {
				if (container instanceof AbstractRule rule && rule == GrammarUtil.getGrammar(rule).getRules().get(0)) {
					next.add(END_OF_FILE);
				}
				current = null;
			}
		}
		return next;
	}

	/** What may start {@code element}. */
	Set<AbstractElement> first(AbstractElement element) {
		Set<AbstractElement> first = new LinkedHashSet<>();
		first(element, first, new HashSet<>());
		return first;
	}

	private void first(AbstractElement element, Set<AbstractElement> first, Set<AbstractRule> visiting) {
		if (element instanceof Keyword || element instanceof CrossReference) {
			first.add(element);
		} else if (element instanceof EnumLiteralDeclaration literal) {
			first.add(literal.getLiteral());
		} else if (element instanceof Assignment assignment) {
			AbstractElement value = assignment.getTerminal();
			if (value instanceof Keyword || isElementCall(value)) {
				first(value, first, visiting);
			} else if (!(value instanceof RuleCall call && call.getRule() == skip)) {
				first.add(assignment);
			}
		} else if (element instanceof RuleCall call) {
			if (call.getRule() == skip) {
				return;
			}
			if (isElementCall(call) && visiting.add(call.getRule())) {
				first(call.getRule().getAlternatives(), first, visiting);
				visiting.remove(call.getRule());
			} else if (!isElementCall(call)) {
				first.add(call);
			}
		} else if (element instanceof Group group) {
			for (AbstractElement part : group.getElements()) {
				first(part, first, visiting);
				if (!isOptional(part, new HashSet<>())) {
					return;
				}
			}
		} else if (element instanceof Alternatives || element instanceof UnorderedGroup) {
			for (EObject part : element.eContents()) {
				first((AbstractElement) part, first, visiting);
			}
		}
	}

	/** A call of a rule that makes an element (not a value: not a terminal, data type or enumeration). */
	private static boolean isElementCall(AbstractElement element) {
		return element instanceof RuleCall call && call.getRule() instanceof ParserRule rule
				&& !GrammarUtil.isDatatypeRule(rule);
	}

	private static boolean isOptional(AbstractElement element, Set<AbstractRule> visiting) {
		if (GrammarUtil.isOptionalCardinality(element) || element instanceof Action) {
			return true;
		}
		if (element instanceof Group group) {
			return group.getElements().stream().allMatch(part -> isOptional(part, visiting));
		}
		if (element instanceof Alternatives alternatives) {
			return alternatives.getElements().stream().anyMatch(part -> isOptional(part, visiting));
		}
		if (element instanceof Assignment assignment) {
			return isOptional(assignment.getTerminal(), visiting);
		}
		if (element instanceof RuleCall call && call.getRule() instanceof ParserRule rule && !(rule instanceof EnumRule)
				&& visiting.add(rule)) {
			boolean optional = isOptional(rule.getAlternatives(), visiting);
			visiting.remove(rule);
			return optional;
		}
		return false;
	}
}
