package org.pcchat.dsl.ui.builder;

import org.eclipse.ui.IStartup;

/** When the workbench has started: topology validation for the projects that need it (see {@link NatureInstaller}). */
public class StartValidation implements IStartup {

	@Override
	public void earlyStartup() {
		NatureInstaller.start();
	}
}
