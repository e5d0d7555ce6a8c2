package org.pcchat.dsl.ide.quickfix;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;

/** The names a reference could have meant: those of the right kind in its scope, the most similar first. */
public class ReferenceCandidates {

	@Inject
	private EObjectAtOffsetHelper offsets;

	@Inject
	private IScopeProvider scopes;

	@Inject
	private IQualifiedNameConverter names;

	/** Candidates for the reference the diagnostic marks; empty when it marks no reference. */
	public List<String> rankedFor(QuickfixSite site) {
		INode node = offsets.getCrossReferenceNode(site.resource(), new TextRegion(site.offset(), 0));
		EObject owner = node == null ? null : NodeModelUtils.findActualSemanticObjectFor(node);
		if (owner == null) {
			return List.of();
		}
		EReference reference = GrammarUtil.getReference((CrossReference) node.getGrammarElement(), owner.eClass());
		TreeSet<String> declared = new TreeSet<>();
		for (IEObjectDescription candidate : scopes.getScope(owner, reference).getAllElements()) {
			declared.add(names.toString(candidate.getName()));
		}
		String written = NodeModelUtils.getTokenText(node);
		return declared.stream().sorted(Comparator.comparingInt((String name) -> distance(written, name))).toList();
	}

	/** Levenshtein distance, ignoring case: the number of single-character edits between the two. */
	static int distance(String a, String b) {
		String s = a.toLowerCase(Locale.ROOT);
		String t = b.toLowerCase(Locale.ROOT);
		int[] previous = new int[t.length() + 1];
		int[] current = new int[t.length() + 1];
		for (int j = 0; j <= t.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= s.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= t.length(); j++) {
				int substitution = previous[j - 1] + (s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[t.length()];
	}
}
