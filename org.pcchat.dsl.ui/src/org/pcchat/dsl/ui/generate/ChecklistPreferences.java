package org.pcchat.dsl.ui.generate;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IScopeContext;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.pcchat.dsl.ui.PctopoUi;

/** The checklist preference, in the instance scope of the plug-in's preferences (the workspace's). */
public final class ChecklistPreferences {

	/** Whether saving a topology also writes its checklists; off by default. */
	public static final String GENERATE_ON_SAVE = "generateChecklistsOnSave";

	private ChecklistPreferences() {
	}

	public static boolean generateOnSave() {
		return Platform.getPreferencesService().getBoolean(PctopoUi.BUNDLE_ID, GENERATE_ON_SAVE, false,
				new IScopeContext[] { InstanceScope.INSTANCE });
	}
}
