package org.pcchat.dsl.ui.builder;

import java.util.Arrays;
import java.util.stream.Stream;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.pcchat.dsl.ui.PctopoUi;

/**
 * Marks a project whose topology files are validated on build: its builder list gets the
 * {@link PctopoBuilder}. Added only with the user's consent ({@link NatureQuestion}).
 */
public class PctopoNature implements IProjectNature {

	public static final String ID = PctopoUi.BUNDLE_ID + ".nature";

	private IProject project;

	/** Whether the project is open and has the nature. */
	public static boolean isOn(IProject project) {
		try {
			return project.isOpen() && project.hasNature(ID);
		} catch (CoreException e) {
			return false;
		}
	}

	/** Adds the nature, and so the builder, to the project's {@code .project}; nothing when it has it. */
	public static void addTo(IProject project, IProgressMonitor monitor) throws CoreException {
		if (isOn(project)) {
			return;
		}
		IProjectDescription description = project.getDescription();
		String[] natures = description.getNatureIds();
		String[] withOurs = Arrays.copyOf(natures, natures.length + 1);
		withOurs[natures.length] = ID;
		description.setNatureIds(withOurs);
		project.setDescription(description, monitor);
	}

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
