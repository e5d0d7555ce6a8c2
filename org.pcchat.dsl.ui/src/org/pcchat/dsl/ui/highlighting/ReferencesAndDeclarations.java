package org.pcchat.dsl.ui.highlighting;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Marks where elements are declared (the text assigned to a {@code name}) and where they are
 * referenced (a cross-reference, or a machine's data center), read off the node model by grammar
 * element alone. Xtext's
 * default calculator marks nothing for a language without Xbase.
 */
public class ReferencesAndDeclarations implements ISemanticHighlightingCalculator {

	public static final String DECLARATION = "pcchat.declaration";
	public static final String REFERENCE = "pcchat.reference";

	@Override
	public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancel) {
		IParseResult parseResult = resource == null ? null : resource.getParseResult();
		if (parseResult == null) {
			return;
		}
		for (INode node : parseResult.getRootNode().getAsTreeIterable()) {
			if (cancel.isCanceled()) {
				return;
			}
			EObject grammarElement = node.getGrammarElement();
			// A reference or a name through a data type rule (SQLPC.MGC, zrh-pc-01) is one composite node: mark it whole.
			if ((grammarElement instanceof CrossReference || isDatacenter(grammarElement)) && node.getLength() > 0) {
				acceptor.addPosition(node.getOffset(), node.getLength(), REFERENCE);
			} else if (!(node instanceof ILeafNode leaf && leaf.isHidden()) && node.getLength() > 0
					&& isNameOfDeclaration(grammarElement)) {
				acceptor.addPosition(node.getOffset(), node.getLength(), DECLARATION);
			}
		}
	}

	// A data center is declared nowhere: each machine's names the same place, as a reference would.
	private static boolean isDatacenter(EObject grammarElement) {
		Assignment assignment = grammarElement == null ? null : GrammarUtil.containingAssignment(grammarElement);
		return assignment != null && "datacenter".equals(assignment.getFeature());
	}

	private static boolean isNameOfDeclaration(EObject grammarElement) {
		Assignment assignment = grammarElement == null ? null : GrammarUtil.containingAssignment(grammarElement);
		return assignment != null && "name".equals(assignment.getFeature());
	}
}
