package org.pcchat.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.pcchat.dsl.ui.PctopoUi;

/** Opens .pctopo files in the running workbench and checks what a user would see. */
class PctopoEditorTest {

	private static final String GENERIC_EDITOR_ID = "org.eclipse.ui.genericeditor.GenericEditor";

	private static final String TOPOLOGY = """
			// Contoso
			topology Contoso {
			    product Lync2013 cu 5
			    authority ContosoCA "CN=Contoso CA"
			}
			""";

	private IProject project;
	private IWorkbenchPage page;

	@BeforeEach
	void createProject(TestInfo test) throws CoreException {
		project = TestProject.validated(test.getTestMethod().orElseThrow().getName());
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void deleteProject() throws CoreException {
		page.closeAllEditors(false);
		project.delete(true, true, null);
	}

	@Test
	void pctopoFilesHaveTheLanguageContentType() throws CoreException {
		IFile file = createFile("contoso.pctopo", TOPOLOGY);

		assertEquals(PctopoUi.CONTENT_TYPE_ID, file.getContentDescription().getContentType().getId());
	}

	@Test
	void pctopoFilesOpenInTheGenericEditorByDefault() throws CoreException {
		IFile file = createFile("contoso.pctopo", TOPOLOGY);

		assertEquals(GENERIC_EDITOR_ID, IDE.getDefaultEditor(file).getId());
		IEditorPart editor = IDE.openEditor(page, file);
		assertEquals(GENERIC_EDITOR_ID, editor.getEditorSite().getId());
	}

	@Test
	void theEditorShowsTheLanguageIcon() throws CoreException {
		IEditorPart editor = IDE.openEditor(page, createFile("contoso.pctopo", TOPOLOGY));

		ImageData expected = ImageDescriptor
				.createFromURL(Platform.getBundle(PctopoUi.BUNDLE_ID).getEntry("icons/pctopo.png"))
				.getImageData(100);
		ImageData shown = editor.getTitleImage().getImageData();
		assertEquals(expected.width, shown.width);
		assertArrayEquals(expected.data, shown.data);
	}

	@Test
	void keywordsStringsNumbersAndCommentsAreColouredDistinctly() throws CoreException {
		OpenedEditor editor = OpenedEditor.open(page, createFile("contoso.pctopo", TOPOLOGY));
		editor.waitUntil(() -> editor.foregroundAt(TOPOLOGY.indexOf("topology")) != null);

		StyleRange keyword = editor.styleAt(TOPOLOGY.indexOf("topology"));
		assertNotNull(keyword.foreground, "keyword 'topology' has a colour");
		assertTrue((keyword.fontStyle & SWT.BOLD) != 0, "keywords are bold");
		Color string = editor.foregroundAt(TOPOLOGY.indexOf("\"CN="));
		Color number = editor.foregroundAt(TOPOLOGY.indexOf("5"));
		Color comment = editor.foregroundAt(TOPOLOGY.indexOf("// Contoso"));
		List<Color> colours = List.of(keyword.foreground, string, number, comment);
		colours.forEach(colour -> assertNotNull(colour, "every token class is coloured: " + colours));
		assertEquals(4, colours.stream().distinct().count(), "four distinct colours: " + colours);
		assertEquals(keyword.foreground, editor.foregroundAt(TOPOLOGY.indexOf("authority")));
	}

	@Test
	void colouringFollowsAnEditThatEndsABlockComment() throws CoreException, BadLocationException {
		String text = """
				/* Old topology, kept for reference
				topology Old {
				*/
				topology Contoso {
				}
				""";
		OpenedEditor editor = OpenedEditor.open(page, createFile("contoso.pctopo", text));
		int oldKeyword = text.indexOf("topology Old");
		int liveKeyword = text.indexOf("topology Contoso");
		editor.waitUntil(() -> editor.foregroundAt(liveKeyword) != null);
		Color commentColour = editor.foregroundAt(0);
		Color keywordColour = editor.foregroundAt(liveKeyword);
		assertNotEquals(commentColour, keywordColour);
		assertEquals(commentColour, editor.foregroundAt(oldKeyword), "inside the block comment");

		// Turning "/*" into "//" on line 1 must re-colour line 2, which the edit did not touch.
		editor.document().replace(0, 2, "//");

		editor.waitUntil(() -> keywordColour.equals(editor.foregroundAt(oldKeyword)));
		assertEquals(keywordColour, editor.foregroundAt(oldKeyword), "line 2 is code again");
		assertEquals(commentColour, editor.foregroundAt(0), "line 1 is a line comment");
	}

	private IFile createFile(String name, String content) throws CoreException {
		IFile file = project.getFile(name);
		file.create(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), true, null);
		return file;
	}
}
