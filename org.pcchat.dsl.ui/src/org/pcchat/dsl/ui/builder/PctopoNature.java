package org.pcchat.dsl.ui.builder;

import java.util.Arrays;
import java.util.stream.Stream;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;
import org.pcchat.dsl.ui.PctopoUi;

/** Marks a project that holds topology files: its builder list gets the {@link PctopoBuilder}. */
public class PctopoNature implements IProjectNature {

	public static final String ID = PctopoUi.BUNDLE_ID + ".nature";

	private IProject project;

	@Override
	public void configure() throws CoreException {
		IProjectDescription description = project.getDescription();
		ICommand[] commands = description.getBuildSpec();
		if (Arrays.stream(commands).noneMatch(PctopoNature::isPctopoBuilder)) {
			ICommand command = description.newCommand();
			command.setBuilderName(PctopoBuilder.ID);
			description.setBuildSpec(Stream.concat(Arrays.stream(commands), Stream.of(command)).toArray(ICommand[]::new));
			project.setDescription(description, null);
		}
	}

	@Override
	public void deconfigure() throws CoreException {
		IProjectDescription description = project.getDescription();
		description.setBuildSpec(Arrays.stream(description.getBuildSpec()).filter(c -> !isPctopoBuilder(c))
				.toArray(ICommand[]::new));
		project.setDescription(description, null);
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject project) {
		this.project = project;
	}

	private static boolean isPctopoBuilder(ICommand command) {
		return PctopoBuilder.ID.equals(command.getBuilderName());
	}
}
