package org.pcchat.dsl.ui.builder;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.pcchat.dsl.ui.PctopoUi;
import org.pcchat.dsl.ui.generate.ChecklistPreferences;
import org.pcchat.dsl.ui.generate.ChecklistWriter;
import org.pcchat.dsl.ui.workspace.WorkspaceTopologies;

/**
 * Validates the project's topology files with the runtime's validator (all checks, with
 * pcchat.json's levels) and keeps their problem markers in sync; with the preference "Generate
 * checklists on save", also writes their checklists. A deleted file takes its markers with it.
 */
public class PctopoBuilder extends IncrementalProjectBuilder {

	public static final String ID = PctopoUi.BUNDLE_ID + ".builder";

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
		Set<IFile> files = delta == null ? AffectedTopologies.in(getProject()) : AffectedTopologies.of(delta);
		SubMonitor progress = SubMonitor.convert(monitor, "Validating Persistent Chat topologies", files.size());
		boolean generate = ChecklistPreferences.generateOnSave();
		for (IFile file : files) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			progress.subTask(file.getFullPath().toString());
			try {
				check(file, generate, progress.split(1));
			} catch (CoreException e) {
				// e.g. a file out of sync with the disk: the others are still checked
				ILog.of(getClass()).log(e.getStatus());
			}
		}
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		getProject().deleteMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_INFINITE);
		getProject().deleteMarkers(ChecklistWriter.MARKER_TYPE, true, IResource.DEPTH_INFINITE);
	}

	private static void check(IFile file, boolean generate, IProgressMonitor monitor) throws CoreException {
		if (!file.isAccessible()) {
			return;
		}
		WorkspaceTopologies topologies = WorkspaceTopologies.get();
		XtextResource resource = topologies.load(file);
		List<Issue> issues = topologies.validate(resource, monitor::isCanceled);
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
		ProblemMarkers.replace(file, issues);
		if (generate) {
			ChecklistWriter.get().write(file, resource, issues);
		}
	}
}
