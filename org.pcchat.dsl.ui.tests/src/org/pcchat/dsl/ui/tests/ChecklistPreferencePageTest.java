package org.pcchat.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.prefs.BackingStoreException;
import org.pcchat.dsl.ui.PctopoUi;
import org.pcchat.dsl.ui.generate.ChecklistPreferences;

/** Window > Preferences > pcchat > Checklists. */
class ChecklistPreferencePageTest {

	private Shell shell;

	@AfterEach
	void cleanUp() throws BackingStoreException {
		if (shell != null) {
			shell.dispose();
		}
		InstanceScope.INSTANCE.getNode(PctopoUi.BUNDLE_ID).remove(ChecklistPreferences.GENERATE_ON_SAVE);
		InstanceScope.INSTANCE.getNode(PctopoUi.BUNDLE_ID).flush();
	}

	@Test
	void theChecklistPageIsUnderThePcchatCategory() {
		IPreferenceNode category = PlatformUI.getWorkbench().getPreferenceManager().find("org.pcchat.dsl.ui.preferences");

		assertNotNull(category, "a pcchat node at the top level");
		assertEquals("pcchat", category.getLabelText());
		assertNotNull(category.findSubNode("org.pcchat.dsl.ui.preferences.checklists"));
	}

	@Test
	void checkingGenerateOnSaveStoresItInTheInstanceScope() {
		IPreferenceNode node = PlatformUI.getWorkbench().getPreferenceManager()
				.find("org.pcchat.dsl.ui.preferences/org.pcchat.dsl.ui.preferences.checklists");
		node.createPage();
		PreferencePage page = (PreferencePage) node.getPage();
		((IWorkbenchPreferencePage) page).init(PlatformUI.getWorkbench());
		shell = new Shell(PlatformUI.getWorkbench().getDisplay());
		page.createControl(shell);
		Button checkbox = checkboxes(page.getControl()).stream()
				.filter(b -> b.getText().replace("&", "").equals("Generate checklists on save")).findFirst()
				.orElseThrow(() -> new AssertionError("no 'Generate checklists on save' checkbox"));
		assertFalse(checkbox.getSelection(), "off by default");

		checkbox.setSelection(true);
		checkbox.notifyListeners(SWT.Selection, null);
		assertTrue(page.performOk());

		assertTrue(ChecklistPreferences.generateOnSave());
		assertTrue(InstanceScope.INSTANCE.getNode(PctopoUi.BUNDLE_ID).getBoolean(ChecklistPreferences.GENERATE_ON_SAVE, false));
	}

	private static List<Button> checkboxes(Control control) {
		List<Button> found = new ArrayList<>();
		if (control instanceof Button button && (button.getStyle() & SWT.CHECK) != 0) {
			found.add(button);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				found.addAll(checkboxes(child));
			}
		}
		return found;
	}
}
