package org.pcchat.dsl.validation;

import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.pcchat.dsl.model.ElementKinds;
import org.pcchat.dsl.parser.PctopoSyntaxErrorMessageProvider;
import org.pcchat.dsl.parser.Tokens;
import org.pcchat.dsl.pctopo.PctopoPackage.Literals;
import org.pcchat.dsl.pctopo.Unknown;
import org.pcchat.dsl.rules.Rules;

import com.google.inject.Inject;

/**
 * Text the grammar does not know, read as one unknown element (a misspelled keyword and what
 * follows it, up to the end of its braces): one syntax error, rule PC001, with "did you mean".
 */
public class UnknownTextValidator extends PctopoConcernValidator {

	@Inject
	private PctopoSyntaxErrorMessageProvider messages;

	// docs/LANGUAGE.md, recovery: a syntax error costs at most the element it is in.
	@Check
	public void checkUnknownKeyword(Unknown unknown) {
		INode keyword = NodeModelUtils.findNodesForFeature(unknown, Literals.UNKNOWN__KEYWORD).stream().findFirst()
				.orElse(null);
		if (keyword == null || followsSyntaxError(keyword)) {
			return;
		}
		String where = "in " + ElementKinds.label(unknown.eContainer());
		report(Rules.SYNTAX_ERROR, messages.unknownText(keyword, where), unknown, Literals.UNKNOWN__KEYWORD);
	}

	/**
	 * Whether the parser already reported an error on the unknown text's first word or the token
	 * before it, or skipped that token while recovering from an error.
	 */
	private static boolean followsSyntaxError(INode keyword) {
		ILeafNode previous = Tokens.before(keyword);
		boolean onIt = false;
		for (ILeafNode leaf : keyword.getLeafNodes()) {
			onIt |= leaf.getSyntaxErrorMessage() != null;
		}
		return onIt || keyword.getSyntaxErrorMessage() != null || previous != null
				&& (previous.getSyntaxErrorMessage() != null || !(previous.getGrammarElement() instanceof AbstractElement));
	}
}
