package org.pcchat.dsl.ui.builder;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;

/** Hands every topology opened in an editor, in any workbench window, to the {@link NatureQuestion}. */
final class TopologyEditors implements IPartListener2, IWindowListener {

	private TopologyEditors() {
	}

	/** Listens from now on, and asks for the topologies already open. UI thread. */
	static void listen(IWorkbench workbench) {
		TopologyEditors listener = new TopologyEditors();
		workbench.addWindowListener(listener);
		for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
			listener.windowOpened(window);
			for (IWorkbenchPage page : window.getPages()) {
				for (IEditorReference editor : page.getEditorReferences()) {
					listener.partOpened(editor);
				}
			}
		}
	}

	@Override
	public void partOpened(IWorkbenchPartReference reference) {
		if (reference.getPart(false) instanceof IEditorPart editor) {
			IFile file = Adapters.adapt(editor.getEditorInput(), IFile.class);
			if (file != null && AffectedTopologies.isTopology(file)) {
				// After the editor is up: the question is not the first thing the user sees.
				editor.getSite().getShell().getDisplay().asyncExec(
						() -> NatureQuestion.topologyOpened(file.getProject(), editor.getSite().getShell()));
			}
		}
	}

	@Override
	public void windowOpened(IWorkbenchWindow window) {
		window.getPartService().addPartListener(this);
	}

	@Override
	public void windowClosed(IWorkbenchWindow window) {
		window.getPartService().removePartListener(this);
	}

	@Override
	public void windowActivated(IWorkbenchWindow window) {
		// only opened editors matter
	}

	@Override
	public void windowDeactivated(IWorkbenchWindow window) {
		// only opened editors matter
	}
}
