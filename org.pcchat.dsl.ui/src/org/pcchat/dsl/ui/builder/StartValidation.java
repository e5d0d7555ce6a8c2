package org.pcchat.dsl.ui.builder;

import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** When the workbench has started: the question of validation on build, for the topologies opened (see {@link NatureQuestion}). */
public class StartValidation implements IStartup {

	@Override
	public void earlyStartup() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(() -> TopologyEditors.listen(workbench));
	}
}
