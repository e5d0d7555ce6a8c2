package org.pcchat.dsl.ui.preferences;

import org.eclipse.jface.dialogs.MessageDialogWithToggle;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.pcchat.dsl.ui.builder.NatureQuestion;

/**
 * The "pcchat" category of the preferences: whether opening a topology asks to validate its
 * project on build (the answer "Do not ask again" keeps), and what is below it.
 */
public class PcchatPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public PcchatPreferencePage() {
		super(GRID);
		setDescription("Topologies (.pctopo files) open in an editor are checked as you type. A project whose "
				+ "topologies are validated on build lists the problems of all of them in the Problems view; that "
				+ "adds pcchat's nature and builder to its .project file. The levels of the rules are set per folder "
				+ "in pcchat.json. Expand this category for the checklist settings.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(NatureQuestion.preferences());
	}

	@Override
	protected void createFieldEditors() {
		addField(new RadioGroupFieldEditor(NatureQuestion.PREFERENCE,
				"When a topology is opened in a project that does not validate its topologies on build:", 1,
				new String[][] { { "&Ask, once per project", MessageDialogWithToggle.PROMPT },
						{ "Add &validation on build without asking", MessageDialogWithToggle.ALWAYS },
						{ "&Never add it (Configure > Validate Persistent Chat Topologies on Build still does)",
								MessageDialogWithToggle.NEVER } },
				getFieldEditorParent()));
	}
}
