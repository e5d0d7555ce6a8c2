package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pcchat.dsl.cli.Run.pcchat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML checklist in a real browser (headless Chromium): a ticked box survives a reload, and a
 * checklist at another path keeps ticks of its own. Fails, saying so, when Chromium is missing.
 */
class ChecklistInBrowserIT {

	private static final String FIRST_BOX = "document.querySelector('li.item > input')";
	private static final String PROGRESS = "document.getElementById('progress').textContent";

	@TempDir
	private Path work;

	@Test
	void aTickedBoxSurvivesAReloadAndStaysWithItsChecklist() throws Exception {
		Path first = work.resolve("change-1");
		Path second = work.resolve("change-2");
		for (Path folder : new Path[] {first, second}) {
			Run run = pcchat("generate", "--format", "html", "-o", folder.toString(), "../examples/contoso.pctopo");
			assertEquals(0, run.exitCode(), run.err());
		}
		try (HeadlessChromium browser = HeadlessChromium.start(work.resolve("profile"))) {
			String page = browser.open(first.resolve("Contoso.checklist.html").toUri());
			browser.waitUntil(page, "document.readyState === 'complete' && / of /.test(" + PROGRESS + ")");
			String items = browser.evaluate(page, "String(document.querySelectorAll('li.item').length)").getAsString();
			assertEquals("0 of " + items + " items done", browser.evaluate(page, PROGRESS).getAsString());

			browser.evaluate(page, FIRST_BOX + ".click()");
			assertEquals("1 of " + items + " items done", browser.evaluate(page, PROGRESS).getAsString());
			browser.reload(page);
			browser.waitUntil(page, "document.readyState === 'complete' && " + PROGRESS + ".startsWith('1 of')");
			assertTrue(browser.evaluate(page, FIRST_BOX + ".checked").getAsBoolean(), "the tick survives the reload");
			assertTrue(browser.evaluate(page, FIRST_BOX + ".parentNode.classList.contains('done')").getAsBoolean());
			// a new tab loads the page afresh: what it shows comes from the stored ticks alone
			String again = browser.open(first.resolve("Contoso.checklist.html").toUri());
			browser.waitUntil(again, "document.readyState === 'complete' && / of /.test(" + PROGRESS + ")");
			assertTrue(browser.evaluate(again, FIRST_BOX + ".checked").getAsBoolean(), "the tick is in the browser's storage");

			String other = browser.open(second.resolve("Contoso.checklist.html").toUri());
			browser.waitUntil(other, "document.readyState === 'complete' && / of /.test(" + PROGRESS + ")");
			assertEquals("0 of " + items + " items done", browser.evaluate(other, PROGRESS).getAsString(),
					"another checklist, even of the same topology, has ticks of its own");
		}
	}
}
