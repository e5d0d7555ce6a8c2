package org.pcchat.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.ui.IPageLayout;
import org.junit.jupiter.api.Test;
import org.pcchat.dsl.rules.Rule;
import org.pcchat.dsl.rules.RuleCatalogue;

/**
 * Hovers: the rule's documentation on a diagnostic, a summary on a reference. The mouse is moved
 * over the text as a user would. The picture of the PC201 hover goes to target/screenshots, and to
 * the documentation (docs/images/editor.png) only with -Dpcchat.updateDocs=true, so that a build
 * leaves the tracked picture alone.
 */
class HoverTest extends WorkbenchTest {

	private static final Path SCREENSHOT = Boolean.getBoolean("pcchat.updateDocs")
			? Examples.repositoryRoot().resolve("docs/images/editor.png")
			: Path.of(System.getProperty("pcchat.screenshots", "target/screenshots"), "editor.png");

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
				"PC201: " + rule.title());

		String message = "Persistent Chat server 'pc01' does not have Message Queuing (MSMQ) installed";
		assertTrue(hover.startsWith("PC201: " + rule.title() + " " + message), hover);
		assertEquals(1, hover.split(Pattern.quote(message), -1).length - 1, () -> "the message once: " + hover);
		assertTrue(hover.contains(Popups.normalized(rule.documentation())), hover);
		// The rule's text is the popup's first: no gap, no unwrapped repetition of the message above it.
		List<String> texts = Popups.texts(editor.display()).stream().filter(text -> !text.isEmpty()).toList();
		assertEquals(1, texts.size(), texts::toString);
		assertTrue(texts.get(0).startsWith("PC201: " + rule.title() + " " + message), texts::toString);
		Screenshots.saveWorkbench(editor.editor().getSite().getShell(), SCREENSHOT);
	}

	@Test
	void theHoverOnAReferenceSummarisesTheElement() throws Exception {
		OpenedEditor editor = openContoso();

		String hover = hoverAt(editor, Examples.offsetOf(Examples.contoso(), "store SQLPC.MGC") + "store SQ".length(),
				"SQL instance");

		assertTrue(hover.contains("SQL instance 'SQLPC.MGC', sqlpc01.contoso.com"), hover);
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
