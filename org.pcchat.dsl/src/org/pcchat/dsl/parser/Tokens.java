package org.pcchat.dsl.parser;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;

/** The tokens of the node model, found by walking back from a node rather than from the start of the file. */
public final class Tokens {

	private Tokens() {
	}

	/** The last token (a leaf that is no comment or white space) before {@code node}; null if there is none. */
	public static ILeafNode before(INode node) {
		for (INode current = node; current != null; current = current.getParent()) {
			for (INode sibling = current.getPreviousSibling(); sibling != null; sibling = sibling.getPreviousSibling()) {
				ILeafNode leaf = last(sibling);
				if (leaf != null) {
					return leaf;
				}
			}
		}
		return null;
	}

	/** The first token after {@code node}; null if there is none. */
	public static ILeafNode after(INode node) {
		for (INode current = node; current != null; current = current.getParent()) {
			for (INode sibling = current.getNextSibling(); sibling != null; sibling = sibling.getNextSibling()) {
				ILeafNode leaf = first(sibling);
				if (leaf != null) {
					return leaf;
				}
			}
		}
		return null;
	}

	/** The first token in {@code node}; null if it holds none. */
	public static ILeafNode first(INode node) {
		if (node instanceof ILeafNode leaf) {
			return leaf.isHidden() ? null : leaf;
		}
		for (INode child = ((ICompositeNode) node).getFirstChild(); child != null; child = child.getNextSibling()) {
			ILeafNode leaf = first(child);
			if (leaf != null) {
				return leaf;
			}
		}
		return null;
	}

	/** The last token in {@code node}; null if it holds none. */
	public static ILeafNode last(INode node) {
		if (node instanceof ILeafNode leaf) {
			return leaf.isHidden() ? null : leaf;
		}
		for (INode child = ((ICompositeNode) node).getLastChild(); child != null; child = child.getPreviousSibling()) {
			ILeafNode leaf = last(child);
			if (leaf != null) {
				return leaf;
			}
		}
		return null;
	}
}
