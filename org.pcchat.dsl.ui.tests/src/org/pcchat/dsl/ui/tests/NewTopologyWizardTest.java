package org.pcchat.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pcchat.dsl.ui.tests.Workbench.read;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.pcchat.dsl.ui.wizard.NewTopologyWizard;
import org.pcchat.dsl.ui.workspace.WorkspaceTopologies;

/** File > New > pcchat > Persistent Chat Topology. */
class NewTopologyWizardTest {

	private static final String WIZARD_ID = "org.pcchat.dsl.ui.newTopology";

	private IProject project;
	private IWorkbenchPage page;

	@BeforeEach
	void createProject(TestInfo test) throws CoreException {
		project = TestProject.validated("wizard-" + test.getTestMethod().orElseThrow().getName());
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void deleteProject() throws CoreException {
		page.closeAllEditors(false);
		Workbench.waitForBackgroundWork();
		project.delete(true, true, null);
	}

	@Test
	void theWizardIsListedUnderPcchat() {
		IWizardDescriptor wizard = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(WIZARD_ID);

		assertNotNull(wizard);
		assertEquals("Persistent Chat Topology", wizard.getLabel());
		assertEquals("pcchat", wizard.getCategory().getLabel());
	}

	@Test
	void itCreatesAValidTopologyNamedAfterTheFileAndOpensIt() throws CoreException {
		IFile file = finishWizard("lab.pctopo");

		assertTrue(read(file).contains("topology lab {"), read(file));
		assertEquals(List.of(), diagnostics(file));
		IEditorPart editor = page.getActiveEditor();
		assertTrue(editor != null && editor.getEditorInput() instanceof IFileEditorInput input && file.equals(input.getFile()),
				"the new file is open in the active editor");
	}

	@Test
	void keywordsAndOddFileNamesStillGiveValidTopologies() throws CoreException {
		for (String name : List.of("site.pctopo", "my lab-2.pctopo", "2019", "Ünïcode.pctopo")) {
			IFile file = finishWizard(name);

			assertEquals(List.of(), diagnostics(file), () -> name + ":\n" + readQuietly(file));
		}
		assertTrue(read(project.getFile("site.pctopo")).contains("topology ^site {"), "a keyword is escaped");
	}

	/** Runs the registered wizard in its dialog, as File > New does, with the file name typed in. */
	private IFile finishWizard(String fileName) throws CoreException {
		NewTopologyWizard wizard = (NewTopologyWizard) PlatformUI.getWorkbench().getNewWizardRegistry()
				.findWizard(WIZARD_ID).createWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			wizard.filePage().setFileName(fileName);
			assertTrue(wizard.canFinish(), () -> "Finish enabled for " + fileName + ": " + wizard.filePage().getErrorMessage());
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
		String withExtension = fileName.endsWith(".pctopo") ? fileName : fileName + ".pctopo";
		IFile file = project.getFile(withExtension);
		assertTrue(file.exists(), withExtension);
		return file;
	}

	private static List<String> diagnostics(IFile file) throws CoreException {
		WorkspaceTopologies topologies = WorkspaceTopologies.get();
		return topologies.validate(topologies.load(file), () -> false).stream()
				.map((Issue issue) -> issue.getLineNumber() + ": " + issue.getMessage()).toList();
	}

	private static String readQuietly(IFile file) {
		try {
			return read(file);
		} catch (CoreException e) {
			return e.getMessage();
		}
	}
}
