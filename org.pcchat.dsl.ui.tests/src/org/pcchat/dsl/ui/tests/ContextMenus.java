package org.pcchat.dsl.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/** A control's context menu as a right click fills it, read without showing it. */
final class ContextMenus {

	private ContextMenus() {
	}

	/** The labels of the menu's top-level items, without mnemonics and key bindings. */
	static List<String> labels(Control control) {
		Menu menu = control.getMenu();
		if (menu == null) {
			return List.of();
		}
		menu.notifyListeners(SWT.Show, new Event()); // the menu managers fill the menu now
		try {
			List<String> labels = new ArrayList<>();
			for (MenuItem item : menu.getItems()) {
				labels.add(item.getText().replace("&", "").replaceAll("\t.*", ""));
			}
			return labels;
		} finally {
			menu.notifyListeners(SWT.Hide, new Event());
		}
	}
}
