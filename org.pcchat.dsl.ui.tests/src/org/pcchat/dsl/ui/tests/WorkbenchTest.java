package org.pcchat.dsl.ui.tests;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/** A test in the running workbench, with a project of its own and its editors closed afterwards. */
abstract class WorkbenchTest {

	protected IWorkbenchPage page;
	private TestProject project;

	@BeforeEach
	void createProject(TestInfo test) throws CoreException {
		project = TestProject.create(getClass().getSimpleName() + "." + test.getTestMethod().orElseThrow().getName());
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void deleteProject() throws CoreException {
		page.closeAllEditors(false);
		project.delete();
	}

	/** {@code examples/contoso.pctopo}, copied into the project and opened. */
	protected OpenedEditor openContoso() throws CoreException {
		return open("contoso.pctopo", Examples.contoso());
	}

	protected OpenedEditor open(String name, String content) throws CoreException {
		IFile file = project.file(name, content);
		return OpenedEditor.open(page, file);
	}
}
