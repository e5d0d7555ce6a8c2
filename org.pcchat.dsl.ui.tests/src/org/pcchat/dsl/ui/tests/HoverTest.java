package org.pcchat.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.ui.IPageLayout;
import org.junit.jupiter.api.Test;
import org.pcchat.dsl.validation.Rule;
import org.pcchat.dsl.validation.RuleCatalogue;

/**
 * Hovers: the rule's documentation on a diagnostic, a summary on a reference. The mouse is moved
 * over the text as a user would; the picture of the PC201 hover goes to the documentation.
 */
class HoverTest extends WorkbenchTest {

	private static final Path SCREENSHOT = Examples.repositoryRoot().resolve("docs/images/editor.png");

	@Test
	void theHoverOnPc201ShowsTheRuleFromTheCatalogue() throws Exception {
		Screenshots.useScreenSize(page.getWorkbenchWindow().getShell());
		page.showView(IPageLayout.ID_OUTLINE);
		OpenedEditor editor = openContoso();
		editor.replace("installed MSMQ, ", "installed ");
		editor.waitUntil(() -> !editor.linesWith("PC201").isEmpty());
		editor.placeCaret(Examples.offsetOf(editor.document().get(), "persistentchat pool"));
		Rule rule = new RuleCatalogue().get("PC201");

		String hover = hoverAt(editor, Examples.offsetOf(editor.document().get(), "server pc01") + "server p".length(),
				"PC201 " + rule.title());

		assertTrue(hover.contains("PC201 " + rule.title()), hover);
		assertTrue(hover.contains("Persistent Chat server 'pc01' does not have Message Queuing (MSMQ) installed"), hover);
		assertTrue(hover.contains(Popups.normalized(rule.documentation())), hover);
		Screenshots.saveWorkbench(editor.editor().getSite().getShell(), SCREENSHOT);
	}

	@Test
	void theHoverOnAReferenceSummarisesTheElement() throws Exception {
		OpenedEditor editor = openContoso();

		String hover = hoverAt(editor, Examples.offsetOf(Examples.contoso(), "store SQLPC.MGC") + "store SQ".length(),
				"SQL instance");

		assertTrue(hover.contains("SQL instance 'SQLPC.MGC'"), hover);
		assertTrue(hover.contains("FQDN: sqlpc01.contoso.com"), hover);
		assertTrue(hover.contains("Site: Redmond"), hover);
	}

	private static String hoverAt(OpenedEditor editor, int offset, String expected) {
		// A hover needs the pointer to come to rest over the text; on a loaded machine the first moves
		// can be taken before the editor is ready for them, so the pointer moves again, as a user's would.
		for (int attempt = 0; attempt < 3 && !Popups.text(editor.display()).contains(expected); attempt++) {
			editor.moveMouseTo(offset);
			editor.waitUntil(() -> Popups.text(editor.display()).contains(expected));
		}
		editor.settle();
		return Popups.text(editor.display());
	}
}
