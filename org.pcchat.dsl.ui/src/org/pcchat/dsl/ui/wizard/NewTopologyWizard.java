package org.pcchat.dsl.ui.wizard;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/** File > New > pcchat > Persistent Chat Topology: a valid starter topology, opened in the editor. */
public class NewTopologyWizard extends Wizard implements INewWizard {

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private TopologyFilePage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
		setWindowTitle("New Persistent Chat Topology");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new TopologyFilePage(selection);
		addPage(page);
	}

	/** The page that names the file; public for tests that fill it in. */
	public WizardNewFileCreationPage filePage() {
		return page;
	}

	@Override
	public boolean performFinish() {
		IFile file = page.createNewFile();
		if (file == null) {
			return false;
		}
		BasicNewResourceWizard.selectAndReveal(file, workbench.getActiveWorkbenchWindow());
		IWorkbenchPage active = workbench.getActiveWorkbenchWindow().getActivePage();
		try {
			IDE.openEditor(active, file);
		} catch (PartInitException e) {
			page.setErrorMessage(file.getName() + " was created but could not be opened: " + e.getMessage());
		}
		return true;
	}

	private static final class TopologyFilePage extends WizardNewFileCreationPage {

		TopologyFilePage(IStructuredSelection selection) {
			super("topologyFile", selection);
			setTitle("Persistent Chat Topology");
			setDescription("A topology file with a minimal valid deployment to start from, named after the file.");
			setFileExtension("pctopo");
			setFileName("topology.pctopo");
		}

		@Override
		protected InputStream getInitialContents() {
			return new ByteArrayInputStream(StarterTopology.get().text(getFileName()).getBytes(StandardCharsets.UTF_8));
		}
	}
}
