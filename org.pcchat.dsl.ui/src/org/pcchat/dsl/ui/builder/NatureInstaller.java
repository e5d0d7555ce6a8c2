package org.pcchat.dsl.ui.builder;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.core.runtime.Status;
import org.pcchat.dsl.ui.PctopoUi;

/**
 * Gives every open project that holds a topology file the {@link PctopoNature}, so that new,
 * imported and checked-out projects are validated without a manual step: once for the whole
 * workspace when it starts, then whenever a {@code .pctopo} file appears. Once per project: a
 * user who removes the nature (Configure > Remove...) keeps it removed.
 */
public final class NatureInstaller implements IResourceChangeListener {

	/** The family of the jobs that add the nature, for whoever must wait for them. */
	public static final Object FAMILY = NatureInstaller.class;

	/** Set (in the workspace, not in .project) on a project that got the nature from here. */
	private static final QualifiedName ADDED = new QualifiedName(PctopoUi.BUNDLE_ID, "natureAdded");

	private static NatureInstaller installed;

	private NatureInstaller() {
	}

	/** Listens to the workspace from now on, and adds the nature where topologies are already. */
	public static synchronized void start() {
		if (installed == null) {
			installed = new NatureInstaller();
			IWorkspace workspace = ResourcesPlugin.getWorkspace();
			workspace.addResourceChangeListener(installed, IResourceChangeEvent.POST_CHANGE);
			schedule(Set.of(workspace.getRoot().getProjects()));
		}
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		Set<IProject> projects = new LinkedHashSet<>();
		try {
			event.getDelta().accept(delta -> {
				IResource resource = delta.getResource();
				if (resource instanceof IProject project) {
					boolean opened = (delta.getFlags() & IResourceDelta.OPEN) != 0 || delta.getKind() == IResourceDelta.ADDED;
					if (opened && project.isOpen()) {
						projects.add(project);
					}
					return needsNature(project);
				}
				if (delta.getKind() == IResourceDelta.ADDED && AffectedTopologies.isTopology(resource)) {
					projects.add(resource.getProject());
				}
				return true;
			});
		} catch (CoreException e) {
			ILog.of(NatureInstaller.class).log(e.getStatus());
		}
		schedule(projects);
	}

	private static void schedule(Set<IProject> projects) {
		Set<IProject> candidates = new LinkedHashSet<>();
		projects.stream().filter(NatureInstaller::needsNature).forEach(candidates::add);
		if (!candidates.isEmpty()) {
			new AddNature(candidates).schedule();
		}
	}

	private static boolean needsNature(IProject project) {
		try {
			return project.isOpen() && !project.hasNature(PctopoNature.ID) && project.getPersistentProperty(ADDED) == null;
		} catch (CoreException e) {
			return false;
		}
	}

	/** Adds the nature to those of the projects that hold a topology; a changed description starts a build. */
	private static final class AddNature extends WorkspaceJob {

		private final Set<IProject> projects;

		AddNature(Set<IProject> projects) {
			super("Enabling Persistent Chat topology validation");
			this.projects = projects;
			setRule(ResourcesPlugin.getWorkspace().getRoot()); // what a change of natures locks
			setSystem(true);
		}

		@Override
		public IStatus runInWorkspace(IProgressMonitor monitor) {
			MultiStatus result = new MultiStatus(PctopoUi.BUNDLE_ID, 0, "Persistent Chat topology validation could not be enabled");
			for (IProject project : projects) {
				try {
					if (needsNature(project) && !AffectedTopologies.in(project).isEmpty()) {
						IProjectDescription description = project.getDescription();
						String[] natures = description.getNatureIds();
						String[] withOurs = Arrays.copyOf(natures, natures.length + 1);
						withOurs[natures.length] = PctopoNature.ID;
						description.setNatureIds(withOurs);
						project.setDescription(description, monitor);
						project.setPersistentProperty(ADDED, Boolean.TRUE.toString());
					}
				} catch (CoreException e) {
					result.add(e.getStatus());
				}
			}
			return result.isOK() ? Status.OK_STATUS : result;
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == FAMILY;
		}
	}
}
