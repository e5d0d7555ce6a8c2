package org.pcchat.dsl.ui.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.pcchat.dsl.ui.builder.PctopoNature;

/** A workspace project holding a test's files; deleted with them afterwards. */
final class TestProject {

	private final IProject project;

	private TestProject(IProject project) {
		this.project = project;
	}

	static TestProject create(String name) throws CoreException {
		return new TestProject(validated(name));
	}

	/**
	 * A new open project that validates its topologies on build, as after the user's "Yes" to the
	 * question opening a topology asks ({@code NatureQuestionTest} tests the question itself).
	 */
	static IProject validated(String name) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		project.create(null);
		project.open(null);
		PctopoNature.addTo(project, null);
		return project;
	}

	IFile file(String name, String content) throws CoreException {
		IFile file = project.getFile(name);
		file.create(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), true, null);
		return file;
	}

	void delete() throws CoreException {
		project.delete(true, true, null);
	}
}
