package org.pcchat.dsl.ui.builder;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IResourceProxy;
import org.eclipse.core.runtime.CoreException;
import org.pcchat.dsl.rules.config.RuleConfigurations;

/**
 * The topology files a build must validate: all of them in a full build; in an incremental one
 * those added or changed, and every topology below a folder whose {@code pcchat.json} changed.
 */
final class AffectedTopologies {

	static final String EXTENSION = "pctopo";

	// What a resource delta reports for a file whose text may have changed (not a marker-only change).
	private static final int TEXT_CHANGES = IResourceDelta.CONTENT | IResourceDelta.REPLACED | IResourceDelta.ENCODING
			| IResourceDelta.TYPE;

	private AffectedTopologies() {
	}

	/** Every topology file in {@code container} and below, skipping derived and team-private folders. */
	static Set<IFile> in(IContainer container) throws CoreException {
		Set<IFile> files = new LinkedHashSet<>();
		if (!container.isAccessible()) {
			return files;
		}
		container.accept((IResourceProxy proxy) -> {
			if (proxy.getType() == IResource.FILE && proxy.getName().endsWith("." + EXTENSION)) {
				files.add((IFile) proxy.requestResource());
			}
			return !proxy.isDerived() && !proxy.isTeamPrivateMember();
		}, IResource.NONE);
		return files;
	}

	/** The topology files the changes in {@code delta} affect, each once. */
	static Set<IFile> of(IResourceDelta delta) throws CoreException {
		Set<IFile> files = new LinkedHashSet<>();
		delta.accept(child -> {
			if (child.getResource().isDerived(IResource.CHECK_ANCESTORS)) {
				return false; // copies in output folders, and what generators wrote
			}
			if (child.getResource() instanceof IFile file && changedText(child)) {
				if (isTopology(file) && child.getKind() != IResourceDelta.REMOVED) {
					files.add(file);
				} else if (RuleConfigurations.FILE_NAME.equals(file.getName())) {
					files.addAll(in(file.getParent()));
				}
			}
			return true;
		});
		return files;
	}

	static boolean isTopology(IResource resource) {
		return resource.getType() == IResource.FILE && EXTENSION.equals(resource.getFileExtension());
	}

	private static boolean changedText(IResourceDelta delta) {
		return delta.getKind() != IResourceDelta.CHANGED || (delta.getFlags() & TEXT_CHANGES) != 0;
	}
}
