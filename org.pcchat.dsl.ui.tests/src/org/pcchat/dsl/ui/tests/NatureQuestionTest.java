package org.pcchat.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pcchat.dsl.ui.tests.TopologyTexts.VALID;
import static org.pcchat.dsl.ui.tests.Workbench.waitForBackgroundWork;
import static org.pcchat.dsl.ui.tests.Workbench.waitUntil;
import static org.pcchat.dsl.ui.tests.Workbench.write;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialogWithToggle;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pcchat.dsl.ui.builder.NatureQuestion;
import org.pcchat.dsl.ui.builder.PctopoBuilder;
import org.pcchat.dsl.ui.builder.PctopoNature;

/**
 * Opening a topology asks, once per project, whether its topologies are validated on build; the
 * project's {@code .project} changes only when the user says yes.
 */
class NatureQuestionTest {

	private static final String ADD_VALIDATION = "org.pcchat.dsl.ui.addValidation";

	private final List<IProject> projects = new ArrayList<>();
	private IWorkbenchPage page;

	@BeforeEach
	void askingIsTheDefault() {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		preferences().setToDefault(NatureQuestion.PREFERENCE);
	}

	@AfterEach
	void cleanUp() throws CoreException {
		question().ifPresent(Shell::close);
		activateWorkbench();
		page.closeAllEditors(false);
		waitForBackgroundWork();
		for (IProject project : projects) {
			project.delete(true, true, null);
		}
		preferences().setToDefault(NatureQuestion.PREFERENCE);
	}

	@Test
	void yesAddsTheNatureAndTheBuilderOnce() throws Exception {
		IProject project = projectWithATopology("question-yes");

		open(project);
		Shell question = waitForQuestion();
		assertTrue(Popups.normalized(texts(question)).contains("Validate the Persistent Chat topologies of 'question-yes'"
				+ " when it is built?"), texts(question));
		press(question, IDialogConstants.YES_LABEL);

		waitUntil("the nature and the builder", () -> PctopoNature.isOn(project) && hasBuilder(project));
		waitForBackgroundWork();
		page.closeAllEditors(false);
		open(project);
		assertNotAsked();
	}

	@Test
	void noLeavesTheProjectFileAsItWasAndThatProjectIsNotAskedAgain() throws Exception {
		IProject project = projectWithATopology("question-no");
		byte[] before = projectFile(project);

		open(project);
		press(waitForQuestion(), IDialogConstants.NO_LABEL);
		waitForBackgroundWork();
		page.closeAllEditors(false);
		open(project);

		assertNotAsked();
		assertArrayEquals(before, projectFile(project), ".project unchanged");
		assertFalse(PctopoNature.isOn(project));
		open(projectWithATopology("question-no-other"));
		press(waitForQuestion(), IDialogConstants.NO_LABEL); // another project: its own question
	}

	@Test
	void doNotAskAgainWithNoLeavesEveryProjectAlone() throws Exception {
		open(projectWithATopology("never-first"));
		Shell question = waitForQuestion();
		toggle(question);
		press(question, IDialogConstants.NO_LABEL);
		assertEquals(MessageDialogWithToggle.NEVER, preferences().getString(NatureQuestion.PREFERENCE));

		IProject second = projectWithATopology("never-second");
		byte[] before = projectFile(second);
		open(second);

		assertNotAsked();
		assertArrayEquals(before, projectFile(second), ".project unchanged");
	}

	@Test
	void doNotAskAgainWithYesValidatesTheNextProjectWithoutAsking() throws Exception {
		IProject first = projectWithATopology("always-first");
		open(first);
		Shell question = waitForQuestion();
		toggle(question);
		press(question, IDialogConstants.YES_LABEL);
		assertEquals(MessageDialogWithToggle.ALWAYS, preferences().getString(NatureQuestion.PREFERENCE));
		waitUntil("the nature on the first project", () -> PctopoNature.isOn(first));

		IProject second = projectWithATopology("always-second");
		open(second);

		waitUntil("the nature on the second project", () -> PctopoNature.isOn(second));
		assertNotAsked();
	}

	@Test
	void aTopologyAddedToAProjectChangesNothingUntilTheUserIsAsked() throws Exception {
		IProject project = projectWithATopology("question-none");
		byte[] before = projectFile(project);
		write(project.getFile("second.pctopo"), VALID);

		waitForBackgroundWork();

		assertArrayEquals(before, projectFile(project), ".project unchanged");
		assertFalse(PctopoNature.isOn(project));
	}

	@Test
	void configureValidateOnBuildAddsItToAProjectThatSaidNo() throws Exception {
		IProject project = projectWithATopology("question-later");
		open(project);
		press(waitForQuestion(), IDialogConstants.NO_LABEL);
		ISetSelectionTarget explorer = (ISetSelectionTarget) page.showView(IPageLayout.ID_PROJECT_EXPLORER);
		explorer.selectReveal(new StructuredSelection(project));

		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(ADD_VALIDATION, null);

		waitUntil("the nature and the builder", () -> PctopoNature.isOn(project) && hasBuilder(project));
	}

	private IProject projectWithATopology(String name) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		project.create(null);
		project.open(null);
		projects.add(project);
		write(project.getFile("minimal.pctopo"), VALID);
		return project;
	}

	private void open(IProject project) throws CoreException {
		IDE.openEditor(page, project.getFile("minimal.pctopo"));
	}

	private static IPreferenceStore preferences() {
		return NatureQuestion.preferences();
	}

	private static Optional<Shell> question() {
		return Arrays.stream(Display.getCurrent().getShells())
				.filter(shell -> !shell.isDisposed() && shell.isVisible() && NatureQuestion.TITLE.equals(shell.getText()))
				.findFirst();
	}

	private static Shell waitForQuestion() {
		waitUntil("the question '" + NatureQuestion.TITLE + "'", () -> question().isPresent());
		return question().orElseThrow();
	}

	/** No question within the time the editor takes to open and settle. */
	private static void assertNotAsked() {
		long until = System.nanoTime() + 1_000_000_000L;
		waitUntil("a second", () -> question().isPresent() || System.nanoTime() > until);
		waitForBackgroundWork();
		assertFalse(question().isPresent(), "asked again");
	}

	private static void toggle(Shell question) {
		Button check = button(question, NatureQuestion.DO_NOT_ASK_AGAIN);
		check.setSelection(true);
		check.notifyListeners(SWT.Selection, new Event());
	}

	private void press(Shell question, String label) {
		button(question, label).notifyListeners(SWT.Selection, new Event());
		waitUntil("the question to close", () -> question.isDisposed());
		activateWorkbench();
	}

	/** Gives the workbench window back the focus a closed dialog took (a window manager would). */
	private void activateWorkbench() {
		Shell workbench = page.getWorkbenchWindow().getShell();
		workbench.forceActive();
		waitUntil("the workbench window active again", () -> workbench.getDisplay().getActiveShell() == workbench);
	}

	private static Button button(Composite parent, String label) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Button button && button.getText().equals(label)) {
				return button;
			}
			if (child instanceof Composite composite) {
				try {
					return button(composite, label);
				} catch (AssertionError e) {
					// not in this branch
				}
			}
		}
		throw new AssertionError("no button '" + label + "'");
	}

	private static String texts(Composite parent) {
		StringBuilder text = new StringBuilder();
		for (Control child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Label label) {
				text.append(label.getText()).append(' ');
			} else if (child instanceof Composite composite) {
				text.append(texts(composite));
			}
		}
		return text.toString();
	}

	private static byte[] projectFile(IProject project) throws CoreException {
		return project.getFile(".project").readAllBytes();
	}

	private static boolean hasBuilder(IProject project) {
		try {
			return Arrays.stream(project.getDescription().getBuildSpec()).map(ICommand::getBuilderName)
					.anyMatch(PctopoBuilder.ID::equals);
		} catch (CoreException e) {
			return false;
		}
	}
}
