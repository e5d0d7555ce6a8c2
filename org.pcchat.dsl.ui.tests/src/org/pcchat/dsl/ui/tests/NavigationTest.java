package org.pcchat.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.Test;

/** F3 / Ctrl+click from a reference to its declaration, and the Outline view. */
class NavigationTest extends WorkbenchTest {

	private static final String OPEN_HYPERLINK = "org.eclipse.ui.edit.text.open.hyperlink";
	private static final String OPEN_DECLARATION = "org.pcchat.dsl.ui.openDeclaration";

	@Test
	void f3OnANextHopGoesToTheFrontEndPool() throws Exception {
		String contoso = Examples.contoso();
		OpenedEditor editor = openContoso();
		editor.placeCaret(Examples.offsetOf(contoso, "nexthop FE") + "nexthop F".length());

		pressF3(editor);

		assertEquals(Examples.offsetOf(contoso, "frontend pool FE") + "frontend pool ".length(),
				editor.selection().getOffset());
		assertEquals("FE", editor.selection().getText());
	}

	@Test
	void f3OnAStoreGoesToTheSqlInstance() throws Exception {
		String contoso = Examples.contoso();
		OpenedEditor editor = openContoso();
		editor.placeCaret(Examples.offsetOf(contoso, "store SQLPC.MGC") + "store SQLPC.MG".length());

		pressF3(editor);

		assertEquals(Examples.offsetOf(contoso, "instance MGC\n") + "instance ".length(), editor.selection().getOffset());
		assertEquals("MGC", editor.selection().getText());
	}

	@Test
	void theOpenDeclarationCommandGoesFromAFileStoreToTheShare() throws Exception {
		String contoso = Examples.contoso();
		OpenedEditor editor = openContoso();
		editor.placeCaret(Examples.offsetOf(contoso, "filestore ChatShare") + "filestore Chat".length());

		editor.editor().getSite().getService(IHandlerService.class).executeCommand(OPEN_DECLARATION, null);

		assertEquals(Examples.offsetOf(contoso, "fileshare ChatShare") + "fileshare ".length(),
				editor.selection().getOffset());
		assertEquals("ChatShare", editor.selection().getText());
	}

	@Test
	void theOutlineListsSitesMachinesAndPoolsAndFollowsEdits() throws Exception {
		OpenedEditor editor = openContoso();
		ContentOutline outline = assertInstanceOf(ContentOutline.class, page.showView(IPageLayout.ID_OUTLINE));
		editor.waitUntil(() -> labels(outline).contains("PChat (Persistent Chat pool)"));

		List<String> labels = labels(outline);
		for (String expected : List.of("Contoso (topology)", "Redmond (site)", "SQLBE (SQL server)",
				"SQLPC (SQL server)", "FE (Front End pool)", "fe01 (Front End server)", "PChat (Persistent Chat pool)",
				"pc01 (Persistent Chat server)", "pc02 (Persistent Chat server)")) {
			assertTrue(labels.contains(expected), expected + " in " + labels);
		}

		editor.replace("    site Redmond {", "    site Dublin {\n        timezone \"GMT Standard Time\"\n    }\n\n    site Redmond {");
		editor.waitUntil(() -> labels(outline).contains("Dublin (site)"));
		assertTrue(labels(outline).contains("Dublin (site)"), labels(outline).toString());
	}

	@Test
	void theOutlineShowsFileServersWhatExistsAndDataCenters() throws Exception {
		OpenedEditor editor = open("stretched-pool.pctopo", Examples.stretchedPool());
		ContentOutline outline = assertInstanceOf(ContentOutline.class, page.showView(IPageLayout.ID_OUTLINE));
		editor.waitUntil(() -> labels(outline).contains("PChat (Persistent Chat pool)"));

		List<String> labels = labels(outline);
		for (String expected : List.of("dub1-fs-01 (file server · data center DUB1)", "WITNESS (SQL instance)",
				"dub1-sql-be (SQL server · existing · data center DUB1)", "FE (Front End pool · existing)",
				"dub2-pc-01 (Persistent Chat server · standby · data center DUB2)")) {
			assertTrue(labels.contains(expected), expected + " in " + labels);
		}
	}

	@Test
	void selectingInTheOutlineRevealsTheElement() throws Exception {
		OpenedEditor editor = openContoso();
		ContentOutline outline = assertInstanceOf(ContentOutline.class, page.showView(IPageLayout.ID_OUTLINE));
		editor.waitUntil(() -> labels(outline).contains("PChat (Persistent Chat pool)"));

		Tree tree = tree(outline);
		TreeItem pool = items(tree.getItems()).stream()
				.filter(item -> item.getText().equals("PChat (Persistent Chat pool)")).findFirst().orElseThrow();
		tree.setSelection(pool);
		Event selected = new Event();
		selected.item = pool;
		tree.notifyListeners(SWT.Selection, selected);

		assertEquals(Examples.offsetOf(Examples.contoso(), "pool PChat") + "pool ".length(),
				editor.selection().getOffset());
	}

	// The Generic Editor binds F3 to Open Hyperlink; if no hyperlink is found it opens a modal dialog,
	// which is closed after a while so that the test fails instead of hanging.
	private void pressF3(OpenedEditor editor) throws Exception {
		Display display = editor.display();
		Shell workbench = editor.editor().getSite().getShell();
		Runnable closeDialogs = () -> {
			for (Shell shell : display.getShells()) {
				if (shell != workbench && (shell.getStyle() & (SWT.APPLICATION_MODAL | SWT.PRIMARY_MODAL)) != 0) {
					shell.close();
				}
			}
		};
		display.timerExec(5000, closeDialogs);
		try {
			editor.editor().getSite().getService(IHandlerService.class).executeCommand(OPEN_HYPERLINK, null);
		} finally {
			display.timerExec(-1, closeDialogs);
		}
	}

	private static Tree tree(ContentOutline outline) {
		return outline.getCurrentPage().getControl() instanceof Tree tree ? tree : null;
	}

	private static List<String> labels(ContentOutline outline) {
		Tree tree = tree(outline);
		return tree == null ? List.of() : items(tree.getItems()).stream().map(TreeItem::getText).toList();
	}

	private static List<TreeItem> items(TreeItem[] level) {
		List<TreeItem> all = new ArrayList<>();
		for (TreeItem item : level) {
			all.add(item);
			all.addAll(items(item.getItems()));
		}
		return all;
	}
}
