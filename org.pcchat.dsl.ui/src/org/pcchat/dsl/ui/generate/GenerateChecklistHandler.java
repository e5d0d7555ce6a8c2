package org.pcchat.dsl.ui.generate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.pcchat.dsl.ui.PctopoUi;

/**
 * "Generate Checklist" on the topology files selected in a navigator, or on the one in the active
 * editor (its saved content): a workspace job writes each one's checklists into {@code checklists/}.
 */
public class GenerateChecklistHandler extends AbstractHandler {

	/** The family of the generating jobs, for whoever must wait for them. */
	public static final Object FAMILY = GenerateChecklistHandler.class;

	@Override
	public Object execute(ExecutionEvent event) {
		Set<IFile> files = topologiesIn(HandlerUtil.getCurrentSelection(event), HandlerUtil.getActivePart(event));
		if (!files.isEmpty()) {
			new Generate(files).schedule();
		}
		return null;
	}

	/** The selected topology files; in an editor (a text selection), the file it edits. */
	static Set<IFile> topologiesIn(ISelection selection, IWorkbenchPart part) {
		Set<IFile> files = new LinkedHashSet<>();
		if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
			for (Object element : structured) {
				IFile file = Adapters.adapt(element, IFile.class);
				if (file != null && "pctopo".equals(file.getFileExtension())) {
					files.add(file);
				}
			}
		} else if (part instanceof IEditorPart editor && editor.getEditorInput() instanceof IFileEditorInput input) {
			files.add(input.getFile());
		}
		return files;
	}

	private static final class Generate extends WorkspaceJob {

		private final Set<IFile> files;

		Generate(Set<IFile> files) {
			super("Generating Persistent Chat checklists");
			this.files = files;
			setRule(MultiRule.combine(files.stream()
					.map(f -> ResourcesPlugin.getWorkspace().getRuleFactory().modifyRule(f.getParent()))
					.toArray(ISchedulingRule[]::new)));
			setUser(true);
		}

		@Override
		public IStatus runInWorkspace(IProgressMonitor monitor) {
			SubMonitor progress = SubMonitor.convert(monitor, files.size());
			MultiStatus result = new MultiStatus(PctopoUi.BUNDLE_ID, 0, "Not every checklist was generated");
			for (IFile file : files) {
				progress.subTask(file.getName());
				try {
					List<IFile> kept = ChecklistWriter.get().write(file);
					kept.forEach(k -> result.add(Status.warning(k.getFullPath()
							+ " was not written by pcchat and was left unchanged: rename or delete it to generate it")));
				} catch (CoreException e) {
					result.add(e.getStatus());
				}
				progress.worked(1);
			}
			return result.isOK() ? Status.OK_STATUS : result;
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == FAMILY;
		}
	}
}
