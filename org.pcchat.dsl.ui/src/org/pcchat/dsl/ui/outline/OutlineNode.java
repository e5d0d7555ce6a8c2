package org.pcchat.dsl.ui.outline;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.pcchat.dsl.ide.symbols.PctopoSymbolDetails;
import org.pcchat.dsl.naming.PctopoQualifiedNameProvider;
import org.pcchat.dsl.ui.PctopoUi;

/**
 * One named element of the topology as the outline shows it, its name and what it is, as the
 * language server's outline says it ("dub2-pc-01 (Persistent Chat server · standby · data center
 * DUB2)"): a copy taken while the model may be read, so the tree never touches the model from the UI
 * thread.
 */
record OutlineNode(String name, String details, int offset, int length, List<OutlineNode> children) {

	/** The topology and its named elements (sites, machines, pools, shares, instances, authorities). */
	static List<OutlineNode> treeOf(XtextResource resource) {
		ILocationInFileProvider locations = PctopoUi.injector().getInstance(ILocationInFileProvider.class);
		List<OutlineNode> roots = new ArrayList<>();
		for (EObject root : resource.getContents()) {
			addNamed(root, locations, roots);
		}
		return roots;
	}

	// An unnamed element (hardware, os, ...) is not shown; named elements inside it would be.
	private static void addNamed(EObject element, ILocationInFileProvider locations, List<OutlineNode> into) {
		List<OutlineNode> children = new ArrayList<>();
		for (EObject child : element.eContents()) {
			addNamed(child, locations, children);
		}
		String name = PctopoQualifiedNameProvider.nameOf(element);
		if (name == null) {
			into.addAll(children);
			return;
		}
		ITextRegion region = locations.getSignificantTextRegion(element);
		into.add(new OutlineNode(name, PctopoSymbolDetails.of(element), region.getOffset(), region.getLength(),
				List.copyOf(children)));
	}

	@Override
	public String toString() {
		return name + " (" + details + ")";
	}
}
