package org.pcchat.dsl.ui.preferences;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** The "pcchat" category of the preferences: what is below it. */
public class PcchatPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	@Override
	public void init(IWorkbench workbench) {
		noDefaultAndApplyButton();
	}

	@Override
	protected Control createContents(Composite parent) {
		Label text = new Label(parent, SWT.WRAP);
		text.setText("Persistent Chat topologies (.pctopo files) are validated on every build. The levels of "
				+ "the rules are set per folder in pcchat.json. Expand this category for the checklist settings.");
		return text;
	}
}
