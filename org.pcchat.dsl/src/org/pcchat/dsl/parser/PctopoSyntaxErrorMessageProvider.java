package org.pcchat.dsl.parser;

import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.Set;

import org.antlr.runtime.NoViableAltException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.pcchat.dsl.model.ElementKinds;
import org.pcchat.dsl.rules.Rules;
import org.pcchat.dsl.services.PctopoGrammarAccess;

import com.google.inject.Inject;

/**
 * Syntax errors (rule PC001) in the words of the language, never the parser's: what the grammar
 * expects after the last token read ("expected a server name after `server`, found `{`"), "did you
 * mean" for a misspelled keyword, and the end of the file by name. Values the converters reject
 * carry their converter's message.
 */
public class PctopoSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

	@Inject
	private PctopoGrammarAccess grammar;

	@Inject
	private RecoveryGrammar recoveryGrammar;

	private GrammarFollow follow;

	private Set<String> keywords;

	/**
	 * The message of a syntax error; null (no error shown) where the parser is still recovering from
	 * the error before: right after tokens it skipped, at text that is no token (the lexer reported
	 * it), or at text after the end of the topology that an unbalanced brace earlier made look like
	 * the end.
	 */
	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		RecognitionException exception = context.getRecognitionException();
		if (exception == null) {
			return new SyntaxErrorMessage(context.getDefaultMessage(), Rules.SYNTAX_ERROR); // PctopoLexer's
		}
		INode previous = lastRead(context.getCurrentNode());
		if (followsUnreadableText(exception)) {
			return null; // the lexer reported the text that is no token, right before this one
		}
		if (previous != null && !(previous.getGrammarElement() instanceof AbstractElement)
				|| isAfterTheEnd(exception, previous) && hasErrorBefore(context.getCurrentNode())) {
			return null;
		}
		return new SyntaxErrorMessage(expected(exception, previous, context.getCurrentNode()), Rules.SYNTAX_ERROR);
	}

	/** Whether text that is no token (an unclosed string, for one) lies between the last token read and this one. */
	private static boolean followsUnreadableText(RecognitionException exception) {
		if (!(exception.input instanceof TokenStream tokens) || tokens.index() != exception.index) {
			return false;
		}
		for (int i = exception.index - 1; i >= 0; i--) {
			Token token = tokens.get(i);
			if (token.getType() == Token.INVALID_TOKEN_TYPE) {
				return true;
			}
			if (token.getChannel() != Token.HIDDEN_CHANNEL) {
				return false;
			}
		}
		return false;
	}

	private boolean isAfterTheEnd(RecognitionException exception, INode previous) {
		if (previous == null || !(previous.getGrammarElement() instanceof AbstractElement)
				|| exception.token == null || exception.token.getType() == Token.EOF) {
			return false;
		}
		Set<AbstractElement> expected = grammarFollow().after(previous);
		return expected.size() == 1 && expected.contains(GrammarFollow.END_OF_FILE);
	}

	private static boolean hasErrorBefore(INode current) {
		for (INode leaf : current.getRootNode().getLeafNodes()) {
			if (leaf.getSyntaxErrorMessage() != null) {
				return true;
			}
		}
		return false;
	}

	/** The converter's message, with the token it rejects named where the message does not name it. */
	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		String message = super.getSyntaxErrorMessage(context).getMessage();
		INode node = context.getValueConverterException().getNode();
		String token = node == null ? null : node.getText().strip();
		if (token != null && !token.isEmpty() && (message == null || !message.contains(token))) {
			message = GrammarWords.quote(token) + ": " + message;
		}
		return new SyntaxErrorMessage(message, Rules.SYNTAX_ERROR);
	}

	/**
	 * The message for unknown text, a word or value where an element or attribute should start,
	 * {@code where} (e.g. "in site 'Redmond'"): "unknown keyword `persistenchat`; did you mean
	 * `persistentchat`?", or what may stand there.
	 */
	public String unknownText(INode first, String where) {
		INode previous = Tokens.before(first);
		Set<AbstractElement> expected = previous == null || !(previous.getGrammarElement() instanceof AbstractElement)
				? Set.of() : grammarFollow().after(previous);
		INode token = Tokens.first(first);
		String text = (token == null ? first : token).getText();
		String taken = keywordTakenForValue(previous);
		if (taken != null) {
			return (isWord(text) && !isKeyword(text) ? "unknown keyword " : "unexpected ") + GrammarWords.quote(text)
					+ " after " + GrammarWords.quote(previous.getText()) + ", which " + taken + ": is that value missing?";
		}
		String meant = meant(text, expected);
		if (meant != null) {
			return (isKeyword(text) ? "unexpected " : "unknown keyword ") + GrammarWords.quote(text) + "; did you mean "
					+ GrammarWords.quote(meant) + "?";
		}
		return (isWord(text) && !isKeyword(text) ? "unknown keyword " : "unexpected ") + GrammarWords.quote(text) + " "
				+ where + "; expected " + GrammarWords.anyOf(expected);
	}

	/**
	 * "`nexthop` takes for the name of a Front End" where {@code token} is a keyword read as the value
	 * of the attribute before it (a keyword is a name where a name is expected), so that the value
	 * before it is most likely missing; else null.
	 */
	private String keywordTakenForValue(INode token) {
		if (token == null || !(token.getGrammarElement() instanceof Keyword keyword)
				|| !(GrammarUtil.containingRule(keyword) instanceof ParserRule rule) || !GrammarUtil.isDatatypeRule(rule)) {
			return null;
		}
		INode attribute = Tokens.before(token);
		if (attribute == null || !(attribute.getGrammarElement() instanceof Keyword)) {
			return null;
		}
		Assignment value = GrammarWords.assignmentOf(token);
		return GrammarWords.quote(attribute.getText()) + " takes for "
				+ (value == null ? "its value" : GrammarWords.describe(value).replaceFirst("^an? ", "the "));
	}

	/** What the token {@code exception} stopped at is, against what the grammar accepts after {@code previous}. */
	private String expected(RecognitionException exception, INode previous, INode current) {
		Token found = exception.token;
		boolean end = found == null || found.getType() == Token.EOF;
		if (previous == null) {
			return end ? "no topology in this file; it holds one topology NAME { ... }"
					: unexpected(found, grammarFollow().first(grammar.getTopologyRule().getAlternatives()),
							"at the start of the file", null);
		}
		Set<AbstractElement> expected = grammarFollow().after(previous);
		String after = "after " + GrammarWords.token(previous);
		boolean closes = expected.stream().anyMatch(element -> element instanceof Keyword keyword && "}".equals(keyword.getValue()));
		if (end) {
			return closes ? "`}` is missing before the end of the file" + notClosed(current)
					: "expected " + GrammarWords.anyOf(expected) + " " + after + ", found the end of the file";
		}
		if (closes && recoveryGrammar.startKeywords().contains(found.getText())
				&& GrammarWords.keywords(expected).stream().noneMatch(found.getText()::equals)) {
			// the keyword of an attribute or element that does not belong here: most likely the block did not end
			return "`}` is missing before " + GrammarWords.quote(found.getText()) + notClosed(current);
		}
		if (expected.contains(GrammarFollow.END_OF_FILE) && expected.size() == 1) {
			return "unexpected " + GrammarWords.quote(found.getText())
					+ " after the end of the topology; a file holds exactly one topology { ... }";
		}
		Token next = lookAhead(exception, 2);
		Set<AbstractElement> started = startedBy(found, expected);
		if (exception instanceof NoViableAltException && next != null && !started.isEmpty()) {
			// The parser could not choose how to go on after a keyword it expected: the next word is wrong.
			return unexpected(next, started, "after " + GrammarWords.quote(found.getText()), null);
		}
		return unexpected(found, expected, after, next);
	}

	/** "unknown keyword `poool` after `frontend`; did you mean `pool`?" or "expected ... after ..., found `x`". */
	private String unexpected(Token found, Set<AbstractElement> expected, String after, Token next) {
		String text = found.getText();
		if (text.matches("[ \\t]*[\\r\\n][ \\t\\r\\n]*")) { // a line break where the line may not end yet
			return "expected " + GrammarWords.anyOf(expected) + " " + after + ", found the end of the line"
					+ (next == null ? "" : " (before " + GrammarWords.quote(next.getText()) + ")");
		}
		String meant = meant(text, expected);
		if (meant != null) {
			return (isKeyword(text) ? "unexpected " : "unknown keyword ") + GrammarWords.quote(text) + " " + after
					+ "; did you mean " + GrammarWords.quote(meant) + "?";
		}
		if (isWord(text) && !isKeyword(text) && !GrammarWords.acceptsWord(expected)) {
			return "unknown keyword " + GrammarWords.quote(text) + " " + after + "; expected " + GrammarWords.anyOf(expected);
		}
		return "expected " + GrammarWords.anyOf(expected) + " " + after + ", found " + GrammarWords.quote(text);
	}

	/**
	 * The keyword a misspelled word most likely meant, among those {@code expected} holds; null if
	 * none is close. A keyword of the language is taken as meant, unless it differs only in case.
	 */
	private String meant(String text, Set<AbstractElement> expected) {
		if (!isWord(text)) {
			return null;
		}
		String meant = Spelling.closest(text, GrammarWords.keywords(expected));
		return meant == null || meant.equals(text) || isKeyword(text) && !meant.equalsIgnoreCase(text) ? null : meant;
	}

	private static boolean isWord(String text) {
		return text.matches("\\^?[A-Za-z_][A-Za-z0-9_]*");
	}

	private boolean isKeyword(String text) {
		return keywords().contains(text);
	}

	/** " (server 'pc01' is not closed)": the element whose block the parser is in; empty if none. */
	private String notClosed(INode current) {
		for (INode node = current; node != null; node = node.getParent()) {
			if (recoveryGrammar.blockRule(node.getGrammarElement()) != null && node.hasDirectSemanticElement()) {
				EObject element = node.getSemanticElement();
				EObject container = element.eContainer() != null || node.getParent() == null ? element.eContainer()
						: NodeModelUtils.findActualSemanticObjectFor(node.getParent());
				return " (" + ElementKinds.label(element, container) + " is not closed)";
			}
		}
		return "";
	}

	/** What may follow {@code found} where it is one of the keywords {@code expected} holds. */
	private Set<AbstractElement> startedBy(Token found, Set<AbstractElement> expected) {
		Set<AbstractElement> next = new LinkedHashSet<>();
		for (AbstractElement element : expected) {
			if (element instanceof Keyword keyword && keyword.getValue().equals(found.getText())) {
				next.addAll(grammarFollow().after(keyword, new ArrayDeque<>()));
			}
		}
		return next;
	}

	/** The token {@code distance} ahead of where the parser stopped, while the stream is still there. */
	private static Token lookAhead(RecognitionException exception, int distance) {
		if (exception.input instanceof TokenStream tokens && tokens.index() == exception.index) {
			Token token = tokens.LT(distance);
			return token == null || token.getType() == Token.EOF ? null : token;
		}
		return null;
	}

	/** The last token the parser read; null at the start of the file. */
	private static INode lastRead(INode current) {
		return current == null ? null : Tokens.last(current.getRootNode());
	}

	private Set<String> keywords() {
		if (keywords == null) {
			keywords = GrammarUtil.getAllKeywords(grammar.getGrammar());
		}
		return keywords;
	}

	private GrammarFollow grammarFollow() {
		if (follow == null) {
			follow = new GrammarFollow(grammar.getUnknownRule());
		}
		return follow;
	}

}
