package org.pcchat.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Text edits of one document that keep the user's layout: a new attribute joins its neighbours on
 * their line when they share one, or gets a line of its own at their indentation; nothing else of
 * the text moves.
 */
final class LayoutEdits {

	private static final String SPACES = "    ";

	private final Document document;
	private final String text;
	private final String newline;

	LayoutEdits(Document document) {
		this.document = document;
		this.text = document.getContents();
		this.newline = text.contains("\r\n") ? "\r\n" : "\n";
	}

	/** The node of a single-valued feature as written, or the last one of a list; null when absent. */
	static INode node(EObject element, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
		return nodes.isEmpty() ? null : nodes.get(nodes.size() - 1);
	}

	/** The node of the first value of a list feature as written; null when it has none. */
	static INode firstNode(EObject element, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
		return nodes.isEmpty() ? null : nodes.get(0);
	}

	/** Of the features that are written, the node that ends last; null when none is written. */
	static INode lastWritten(EObject element, EStructuralFeature... features) {
		INode last = null;
		for (EStructuralFeature feature : features) {
			INode node = node(element, feature);
			if (node != null && (last == null || node.getEndOffset() > last.getEndOffset())) {
				last = node;
			}
		}
		return last;
	}

	// Each edit is null when the node is: the text no longer has what the diagnostic reported.

	TextEdit replace(INode node, String replacement) {
		return node == null ? null : edit(node.getOffset(), node.getEndOffset(), replacement);
	}

	TextEdit insertBefore(INode node, String insertion) {
		return node == null ? null : edit(node.getOffset(), node.getOffset(), insertion);
	}

	TextEdit insertAfter(INode node, String insertion) {
		return node == null ? null : edit(node.getEndOffset(), node.getEndOffset(), insertion);
	}

	/** Removes a keyword with the blanks before it: {@code pool PC single {} becomes {@code pool PC {}. */
	TextEdit removeWithBlanksBefore(INode node) {
		return node == null ? null : edit(blanksBefore(node.getOffset()), node.getEndOffset(), "");
	}

	/**
	 * Removes an attribute written as a keyword and a value ({@code backup SQL.BAK}), given the value's
	 * node: with its line when nothing else is on it, else with the blanks before it.
	 */
	TextEdit removeAttribute(INode value) {
		ILeafNode keyword = value == null ? null : keywordBefore(value);
		return keyword == null ? null : removeSpan(keyword.getOffset(), value.getEndOffset());
	}

	/** Removes an element's whole text ({@code server pc1 { ... }}), with its lines when nothing else is on them. */
	TextEdit removeElement(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		return node == null ? null : removeSpan(node.getOffset(), node.getEndOffset());
	}

	private TextEdit removeSpan(int start, int end) {
		String rest = restOfLine(end);
		if (startsLine(start) && rest.isBlank()) {
			int lineEnd = end + rest.length();
			int next = text.startsWith("\r\n", lineEnd) ? lineEnd + 2 : text.startsWith("\n", lineEnd) ? lineEnd + 1 : lineEnd;
			return edit(lineStart(start), next, "");
		}
		if (startsLine(start)) { // a comment follows: it keeps the line and its indentation
			return edit(start, end + (rest.length() - rest.stripLeading().length()), "");
		}
		return edit(blanksBefore(start), end, "");
	}

	/** The keyword leaf right before {@code node}, hidden leaves (blanks, comments) aside; null when there is none. */
	private static ILeafNode keywordBefore(INode node) {
		ILeafNode before = null;
		for (ILeafNode leaf : node.getRootNode().getLeafNodes()) {
			if (leaf.getOffset() >= node.getOffset()) {
				break;
			}
			if (!leaf.isHidden()) {
				before = leaf;
			}
		}
		return before != null && before.getGrammarElement() instanceof Keyword ? before : null;
	}

	/**
	 * Adds an attribute to the body of {@code element}: after {@code anchor} when it is given, else
	 * first. Null when the element has no complete body (a syntax error is reported there).
	 */
	TextEdit addAttribute(EObject element, INode anchor, String attribute) {
		Body body = body(element);
		if (body == null) {
			return null;
		}
		if (anchor != null) {
			int end = anchor.getEndOffset();
			String rest = restOfLine(end);
			if (rest.isBlank() || rest.strip().startsWith("//")) {
				int lineEnd = end + rest.length();
				return edit(lineEnd, lineEnd, newline + indentation(body) + attribute);
			}
			return edit(end, end, " " + attribute);
		}
		ILeafNode first = body.firstContent();
		if (first == null) {
			return addToEmpty(body, attribute);
		}
		if (startsLine(first.getOffset())) {
			return edit(first.getOffset(), first.getOffset(), attribute + newline + indentation(first.getOffset()));
		}
		return edit(first.getOffset(), first.getOffset(), attribute + " ");
	}

	/** Adds lines (indented relative to each other) as the last content of the body of {@code element}. */
	TextEdit addLast(EObject element, List<String> lines) {
		Body body = body(element);
		if (body == null) {
			return null;
		}
		String inside = indentation(body);
		String block = String.join(newline, lines.stream().map(line -> inside + line).toList());
		int close = body.close().getOffset();
		if (startsLine(close)) {
			int lineStart = lineStart(close);
			return edit(lineStart, lineStart, block + newline);
		}
		// The closing brace shares its line with content: the block gets lines of its own before it.
		return edit(blanksBefore(close), close, newline + block + newline + indentation(body.start()));
	}

	/** One level of indentation inside {@code element}'s body, as the document writes it. */
	String indentUnit(EObject element) {
		Body body = body(element);
		if (body != null) {
			String outer = indentation(body.start());
			String inner = indentation(body);
			if (inner.length() > outer.length() && inner.startsWith(outer)) {
				return inner.substring(outer.length());
			}
		}
		return unitFromContainer(element);
	}

	private TextEdit addToEmpty(Body body, String attribute) {
		int open = body.open().getEndOffset();
		int close = body.close().getOffset();
		if (lineStart(open) == lineStart(close)) {
			return text.substring(open, close).isBlank() ? edit(open, close, " " + attribute + " ")
					: edit(open, open, " " + attribute);
		}
		int lineEnd = open + restOfLine(open).length();
		return edit(lineEnd, lineEnd, newline + indentation(body) + attribute);
	}

	private Body body(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		if (node == null) {
			return null;
		}
		ILeafNode open = null;
		ILeafNode close = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (isKeyword(leaf, "{") && open == null) {
				open = leaf;
			} else if (isKeyword(leaf, "}")) {
				close = leaf;
			}
		}
		return open == null || close == null ? null : new Body(element, node, open, close);
	}

	/** The braces of an element's body and what lies between them. */
	private record Body(EObject element, ICompositeNode node, ILeafNode open, ILeafNode close) {

		int start() {
			return node.getOffset();
		}

		ILeafNode firstContent() {
			for (ILeafNode leaf : node.getLeafNodes()) {
				if (leaf.getOffset() >= open.getEndOffset() && leaf != close && !leaf.isHidden()) {
					return leaf;
				}
			}
			return null;
		}
	}

	/** The indentation of the body's lines: that of its first line of content, else one level deeper. */
	private String indentation(Body body) {
		for (ILeafNode leaf : body.node().getLeafNodes()) {
			int offset = leaf.getOffset();
			if (offset >= body.open().getEndOffset() && offset < body.close().getOffset() && !leaf.isHidden()
					&& startsLine(offset)) {
				return indentation(offset);
			}
		}
		return indentation(body.start()) + unitFromContainer(body.element());
	}

	private String unitFromContainer(EObject element) {
		EObject container = element.eContainer();
		ICompositeNode own = NodeModelUtils.getNode(element);
		ICompositeNode outer = container == null ? null : NodeModelUtils.getNode(container);
		if (own != null && outer != null) {
			String inner = indentation(own.getOffset());
			String around = indentation(outer.getOffset());
			if (inner.length() > around.length() && inner.startsWith(around)) {
				return inner.substring(around.length());
			}
		}
		return text.contains(newline + "\t") ? "\t" : SPACES;
	}

	private static boolean isKeyword(ILeafNode leaf, String value) {
		return leaf.getGrammarElement() instanceof Keyword keyword && value.equals(keyword.getValue());
	}

	private boolean startsLine(int offset) {
		return text.substring(lineStart(offset), offset).isBlank();
	}

	private int lineStart(int offset) {
		return text.lastIndexOf('\n', offset - 1) + 1;
	}

	/** The blanks and tabs before {@code offset} at the start of its line. */
	private String indentation(int offset) {
		int start = lineStart(offset);
		int end = start;
		while (end < offset && isBlank(text.charAt(end))) {
			end++;
		}
		return text.substring(start, end);
	}

	/** The text from {@code offset} to the end of its line, without the line break. */
	private String restOfLine(int offset) {
		int end = text.indexOf('\n', offset);
		end = end < 0 ? text.length() : end;
		return text.substring(offset, end > offset && text.charAt(end - 1) == '\r' ? end - 1 : end);
	}

	private int blanksBefore(int offset) {
		int start = offset;
		while (start > 0 && isBlank(text.charAt(start - 1))) {
			start--;
		}
		return start;
	}

	private static boolean isBlank(char c) {
		return c == ' ' || c == '\t';
	}

	private TextEdit edit(int start, int end, String newText) {
		return new TextEdit(new Range(document.getPosition(start), document.getPosition(end)), newText);
	}
}
