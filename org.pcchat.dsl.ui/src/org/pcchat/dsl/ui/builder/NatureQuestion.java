package org.pcchat.dsl.ui.builder;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.MessageDialogWithToggle;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.pcchat.dsl.ui.PctopoUi;

/**
 * Asks, the first time a topology of a project is opened in an editor, whether that project's
 * topologies are to be validated on build, as Xtext asks before it converts a project to an Xtext
 * project: validation on build adds pcchat's nature and builder to the project's {@code .project},
 * a file teams commit, so it is the user's decision. Each project is asked once (the answer is kept
 * in the workspace, not in {@code .project}); "Do not ask again" makes that answer the one for every
 * project, until the pcchat preference page sets it back to asking. Open topologies are checked in
 * the editor whatever the answer.
 */
public final class NatureQuestion {

	public static final String TITLE = "Persistent Chat Topology Validation";

	public static final String DO_NOT_ASK_AGAIN = "Do not ask again";

	/**
	 * The answer for every project (workspace preference): {@link MessageDialogWithToggle#ALWAYS},
	 * {@link MessageDialogWithToggle#NEVER}, or {@link MessageDialogWithToggle#PROMPT} to ask (the default).
	 */
	public static final String PREFERENCE = "addNatureToProjects";

	/** The family of the jobs that add the nature, for whoever must wait for them. */
	public static final Object FAMILY = NatureQuestion.class;

	/** Set on a project, in the workspace, once its question is answered: "yes" or "no". */
	static final QualifiedName ANSWER = new QualifiedName(PctopoUi.BUNDLE_ID, "natureAnswer");

	/** The projects whose question is on screen now (UI thread only). */
	private static final Set<IProject> ASKING = new HashSet<>();

	private NatureQuestion() {
	}

	/** The workspace preferences of the plug-in, where {@link #PREFERENCE} is kept. */
	public static IPreferenceStore preferences() {
		ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, PctopoUi.BUNDLE_ID);
		store.setDefault(PREFERENCE, MessageDialogWithToggle.PROMPT);
		return store;
	}

	/** A topology of {@code project} was opened in an editor of {@code shell}'s window. UI thread. */
	static void topologyOpened(IProject project, Shell shell) {
		if (!unanswered(project) || ASKING.contains(project)) {
			return;
		}
		String forEveryProject = preferences().getString(PREFERENCE);
		if (MessageDialogWithToggle.ALWAYS.equals(forEveryProject)) {
			add(project);
		} else if (!MessageDialogWithToggle.NEVER.equals(forEveryProject) && !shell.isDisposed()) {
			ask(project, shell);
		}
	}

	/** Adds validation on build to the project, in a workspace job: what "Yes" does. */
	public static void add(IProject project) {
		new AddNature(project).schedule();
	}

	private static boolean unanswered(IProject project) {
		try {
			return project.isAccessible() && !project.isHidden() && !PctopoNature.isOn(project)
					&& project.getPersistentProperty(ANSWER) == null;
		} catch (CoreException e) {
			return false;
		}
	}

	// Not blocking: the editor opens and works while the question is on screen.
	private static void ask(IProject project, Shell shell) {
		IPreferenceStore preferences = preferences();
		MessageDialogWithToggle dialog = new MessageDialogWithToggle(shell, TITLE, null, message(project),
				MessageDialog.QUESTION, new String[] { IDialogConstants.YES_LABEL, IDialogConstants.NO_LABEL }, 0,
				DO_NOT_ASK_AGAIN, false);
		dialog.setPrefStore(preferences);
		dialog.setPrefKey(PREFERENCE);
		dialog.setBlockOnOpen(false);
		ASKING.add(project);
		dialog.open();
		dialog.getShell().addDisposeListener(event -> {
			ASKING.remove(project);
			answered(project, dialog.getReturnCode(), preferences);
		});
	}

	private static String message(IProject project) {
		return "Validate the Persistent Chat topologies of '" + project.getName() + "' when it is built?\n\n"
				+ "This adds pcchat's nature and builder to the project's .project file. The Problems view then "
				+ "lists the problems of every topology of the project, also of those not open. Topologies open "
				+ "in an editor are checked either way.";
	}

	// Closing the dialog without an answer leaves the project to be asked next time.
	private static void answered(IProject project, int button, IPreferenceStore preferences) {
		if (button != IDialogConstants.YES_ID && button != IDialogConstants.NO_ID) {
			return;
		}
		try {
			project.setPersistentProperty(ANSWER, button == IDialogConstants.YES_ID ? "yes" : "no");
			if (preferences instanceof ScopedPreferenceStore store && store.needsSaving()) {
				store.save(); // "Do not ask again" stored the answer for every project
			}
		} catch (CoreException | IOException e) {
			ILog.of(NatureQuestion.class).error("Could not record the answer for project " + project.getName(), e);
		}
		if (button == IDialogConstants.YES_ID) {
			add(project);
		}
	}

	private static final class AddNature extends WorkspaceJob {

		private final IProject project;

		AddNature(IProject project) {
			super("Adding Persistent Chat topology validation to " + project.getName());
			this.project = project;
			setRule(ResourcesPlugin.getWorkspace().getRoot()); // what a change of natures locks
		}

		@Override
		public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
			if (project.isAccessible()) {
				PctopoNature.addTo(project, monitor);
			}
			return Status.OK_STATUS;
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == FAMILY;
		}
	}
}
