package org.pcchat.dsl.ui.navigation;

import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;
import org.pcchat.dsl.ui.PctopoUi;
import org.pcchat.dsl.ui.model.TopologySnapshot;

/** The cross-references of a snapshot: where one is written and where its target is declared. */
public final class References {

	/** A reference at {@code reference} to an element whose name is at {@code declaration}; plus what was asked of the target. */
	public record Reference<T>(IRegion reference, IRegion declaration, T aboutTarget) {
	}

	private References() {
	}

	/** The resolved reference at or just before {@code offset} (a caret right after a name is on it). */
	public static Optional<Reference<Void>> at(TopologySnapshot snapshot, int offset) {
		return at(snapshot, offset, target -> null);
	}

	/** Same, with {@code about} applied to the target while the model may be read. */
	public static <T> Optional<Reference<T>> at(TopologySnapshot snapshot, int offset, Function<EObject, T> about) {
		return Optional.ofNullable(snapshot.read(resource -> {
			Reference<T> found = find(resource, offset, about);
			return found != null || offset == 0 ? found : find(resource, offset - 1, about);
		}));
	}

	private static <T> Reference<T> find(XtextResource resource, int offset, Function<EObject, T> about) {
		EObjectAtOffsetHelper helper = PctopoUi.injector().getInstance(EObjectAtOffsetHelper.class);
		INode node = helper.getCrossReferenceNode(resource, new TextRegion(offset, 0));
		EObject target = node == null ? null : helper.getCrossReferencedElement(node);
		if (target == null || target.eIsProxy()) {
			return null;
		}
		ITextRegion declaration = PctopoUi.injector().getInstance(ILocationInFileProvider.class)
				.getSignificantTextRegion(target);
		return new Reference<>(new Region(node.getOffset(), node.getLength()),
				new Region(declaration.getOffset(), declaration.getLength()), about.apply(target));
	}
}
