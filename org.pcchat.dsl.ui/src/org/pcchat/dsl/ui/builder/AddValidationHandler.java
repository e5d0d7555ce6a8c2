package org.pcchat.dsl.ui.builder;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Configure > Validate Persistent Chat Topologies on Build, on the selected projects: what "Yes" to
 * the {@link NatureQuestion} does, for a project whose question was answered "No" or never asked.
 */
public class AddValidationHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
			for (Object element : selection) {
				IProject project = Adapters.adapt(element, IProject.class);
				if (project != null && project.isAccessible() && !PctopoNature.isOn(project)) {
					NatureQuestion.add(project);
				}
			}
		}
		return null;
	}
}
