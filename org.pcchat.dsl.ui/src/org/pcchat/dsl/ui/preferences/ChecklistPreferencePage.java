package org.pcchat.dsl.ui.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.pcchat.dsl.ui.PctopoUi;
import org.pcchat.dsl.ui.generate.ChecklistPreferences;

/** pcchat > Checklists: whether saving a topology writes its checklists (workspace setting). */
public class ChecklistPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public ChecklistPreferencePage() {
		super(GRID);
		setDescription("Deployment checklists in Markdown, HTML, JSON and CSV, written to the folder "
				+ "'checklists' beside each topology. A file there that pcchat did not write is never replaced.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, PctopoUi.BUNDLE_ID));
	}

	@Override
	protected void createFieldEditors() {
		addField(new BooleanFieldEditor(ChecklistPreferences.GENERATE_ON_SAVE, "&Generate checklists on save",
				getFieldEditorParent()));
	}
}
