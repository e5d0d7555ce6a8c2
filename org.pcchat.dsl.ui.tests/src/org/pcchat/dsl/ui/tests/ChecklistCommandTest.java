package org.pcchat.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pcchat.dsl.ui.tests.TopologyTexts.NO_MSMQ;
import static org.pcchat.dsl.ui.tests.TopologyTexts.VALID;
import static org.pcchat.dsl.ui.tests.Workbench.read;
import static org.pcchat.dsl.ui.tests.Workbench.waitForBackgroundWork;
import static org.pcchat.dsl.ui.tests.Workbench.waitUntil;
import static org.pcchat.dsl.ui.tests.Workbench.write;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.osgi.service.prefs.BackingStoreException;
import org.pcchat.dsl.generator.ChecklistFormat;
import org.pcchat.dsl.ui.PctopoUi;
import org.pcchat.dsl.ui.generate.ChecklistPreferences;
import org.pcchat.dsl.ui.generate.ChecklistWriter;

/** "Generate Checklist" on a topology, and the preference that generates on save. */
class ChecklistCommandTest {

	private static final String COMMAND = "org.pcchat.dsl.ui.generateChecklist";
	private static final String LABEL = "Generate Checklist";
	private static final List<String> OUTPUTS = List.of("Minimal.checklist.md", "Minimal.checklist.html",
			"Minimal.checklist.json", "Minimal.checklist.csv");
	/** What the Markdown summary says of a topology without diagnostics. */
	private static final String NOTHING_FLAGGED = "0 errors and 0 warnings flagged";

	private IProject project;
	private IWorkbenchPage page;
	private IFile topology;
	private IFolder checklists;

	@BeforeEach
	void createTopology(TestInfo test) throws CoreException {
		project = TestProject.validated("checklists-" + test.getTestMethod().orElseThrow().getName());
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		project.getFolder("lab").create(true, true, null);
		topology = project.getFolder("lab").getFile("minimal.pctopo");
		write(topology, NO_MSMQ);
		checklists = project.getFolder("lab").getFolder(ChecklistWriter.FOLDER);
		waitForBackgroundWork();
	}

	@AfterEach
	void cleanUp() throws CoreException, BackingStoreException {
		setGenerateOnSave(false);
		page.closeAllEditors(false);
		waitForBackgroundWork();
		project.delete(true, true, null);
	}

	@Test
	void theContextMenusOfTheProjectExplorerAndTheEditorOfferTheCommandOnTopologiesOnly() throws Exception {
		IFile notes = project.getFile("notes.txt");
		write(notes, "not a topology");

		selectInProjectExplorer(topology);
		assertTrue(ContextMenus.labels(projectExplorerControl()).contains(LABEL), "on a .pctopo file");
		selectInProjectExplorer(notes);
		assertFalse(ContextMenus.labels(projectExplorerControl()).contains(LABEL), "not on a .txt file");
		ITextEditor editor = (ITextEditor) IDE.openEditor(page, topology);
		Control text = ((ITextViewer) editor.getAdapter(ITextOperationTarget.class)).getTextWidget();
		assertTrue(ContextMenus.labels(text).contains(LABEL), "in the editor of a topology");
	}

	@Test
	void theCommandOnAFileSelectedInTheProjectExplorerWritesEveryFormat() throws Exception {
		selectInProjectExplorer(topology);

		handlers().executeCommand(COMMAND, null);

		waitUntil("four checklists in lab/checklists", () -> OUTPUTS.stream().allMatch(n -> checklists.getFile(n).exists()));
		waitForBackgroundWork();
		for (ChecklistFormat format : ChecklistFormat.values()) {
			IFile output = checklists.getFile("Minimal.checklist." + format.extension());
			assertTrue(format.isGeneratorOutput(read(output)), output.getName());
		}
		assertFalse(read(checklists.getFile("Minimal.checklist.md")).contains(NOTHING_FLAGGED), "PC201 is flagged");
	}

	@Test
	void theCommandInTheEditorRegeneratesItsOwnOutput() throws Exception {
		IDE.openEditor(page, topology);
		handlers().executeCommand(COMMAND, null);
		waitUntil("the Markdown checklist", () -> checklists.getFile("Minimal.checklist.md").exists());
		waitForBackgroundWork();
		write(topology, VALID);
		waitForBackgroundWork();

		handlers().executeCommand(COMMAND, null);

		waitUntil("the checklist without the PC201 flag",
				() -> readQuietly(checklists.getFile("Minimal.checklist.md")).contains(NOTHING_FLAGGED));
	}

	@Test
	void aFileInChecklistsThatPcchatDidNotWriteIsKept() throws Exception {
		checklists.create(true, true, null);
		IFile foreign = checklists.getFile("Minimal.checklist.md");
		write(foreign, "# My own notes about the Minimal deployment\n");
		selectInProjectExplorer(topology);

		handlers().executeCommand(COMMAND, null);

		waitUntil("the other three checklists", () -> OUTPUTS.stream().skip(1).allMatch(n -> checklists.getFile(n).exists()));
		waitForBackgroundWork();
		assertEquals("# My own notes about the Minimal deployment\n", read(foreign));
		IMarker[] warnings = topology.findMarkers(ChecklistWriter.MARKER_TYPE, false, IResource.DEPTH_ZERO);
		assertEquals(1, warnings.length);
		assertTrue(warnings[0].getAttribute(IMarker.MESSAGE, "").contains("checklists/Minimal.checklist.md"));
	}

	@Test
	void savingGeneratesChecklistsOnlyWithThePreference() throws Exception {
		write(topology, VALID);
		waitForBackgroundWork();
		assertFalse(checklists.exists(), "off by default: nothing generated on save");

		setGenerateOnSave(true);
		write(topology, NO_MSMQ);

		waitUntil("checklists written by the build", () -> OUTPUTS.stream().allMatch(n -> checklists.getFile(n).exists()));
		assertFalse(readQuietly(checklists.getFile("Minimal.checklist.md")).contains(NOTHING_FLAGGED), "PC201 is flagged");
	}

	private Control projectExplorerControl() throws CoreException {
		return ((CommonNavigator) page.showView(IPageLayout.ID_PROJECT_EXPLORER)).getCommonViewer().getControl();
	}

	private static IHandlerService handlers() {
		return PlatformUI.getWorkbench().getService(IHandlerService.class);
	}

	private void selectInProjectExplorer(IFile file) throws CoreException {
		ISetSelectionTarget explorer = (ISetSelectionTarget) page.showView(IPageLayout.ID_PROJECT_EXPLORER);
		explorer.selectReveal(new StructuredSelection(file));
		waitUntil("the file selected in the Project Explorer", () -> page.getSelection() instanceof StructuredSelection s
				&& file.equals(s.getFirstElement()));
	}

	private static void setGenerateOnSave(boolean on) throws BackingStoreException {
		var preferences = InstanceScope.INSTANCE.getNode(PctopoUi.BUNDLE_ID);
		preferences.putBoolean(ChecklistPreferences.GENERATE_ON_SAVE, on);
		preferences.flush();
		assertEquals(on, ChecklistPreferences.generateOnSave());
	}

	private static String readQuietly(IFile file) {
		try {
			return file.exists() ? read(file) : "";
		} catch (CoreException e) {
			return "";
		}
	}
}
