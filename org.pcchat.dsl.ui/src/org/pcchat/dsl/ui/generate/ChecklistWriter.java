package org.pcchat.dsl.ui.generate;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Status;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.pcchat.dsl.generator.Checklist;
import org.pcchat.dsl.generator.ChecklistBuilder;
import org.pcchat.dsl.generator.ChecklistFormat;
import org.pcchat.dsl.generator.Checklists;
import org.pcchat.dsl.pctopo.Topology;
import org.pcchat.dsl.ui.PctopoUi;
import org.pcchat.dsl.ui.workspace.WorkspaceTopologies;

import com.google.inject.Inject;

/**
 * Writes the checklists of a topology file, in every format of the runtime's generator, into the
 * folder {@code checklists/} beside it. A file there that the generator did not write is left
 * as it is, and a warning marker on the topology says so.
 */
public class ChecklistWriter {

	/** The folder beside the topology that receives its checklists. */
	public static final String FOLDER = "checklists";

	/** Warnings about checklists that could not be written; replaced at each generation. */
	public static final String MARKER_TYPE = PctopoUi.BUNDLE_ID + ".checklist";

	@Inject
	private Checklists checklists;

	@Inject
	private ChecklistBuilder builder;

	@Inject
	private WorkspaceTopologies topologies;

	public static ChecklistWriter get() {
		return PctopoUi.injector().getInstance(ChecklistWriter.class);
	}

	/** Writes the checklists of {@code file}'s saved content; returns the files left untouched. */
	public List<IFile> write(IFile file) throws CoreException {
		XtextResource resource = topologies.load(file);
		return write(file, resource, topologies.validate(resource, () -> false));
	}

	/** Writes the checklists of {@code resource} (the content of {@code file}) flagged with {@code issues}. */
	public List<IFile> write(IFile file, XtextResource resource, List<Issue> issues) throws CoreException {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Topology topology)) {
			throw new CoreException(Status.error(file.getName()
					+ " holds no topology, so it has no checklist: correct its syntax errors first"));
		}
		Checklist checklist = builder.build(topology, issues);
		IFolder folder = file.getParent().getFolder(IPath.fromPortableString(FOLDER));
		if (!folder.exists()) {
			folder.create(IResource.FORCE, true, null);
		}
		folder.refreshLocal(IResource.DEPTH_ONE, null); // see files written outside Eclipse, not to overwrite them
		List<IFile> kept = new ArrayList<>();
		for (ChecklistFormat format : ChecklistFormat.values()) {
			IFile output = folder.getFile(checklists.fileName(resource, format));
			if (!writeIfOurs(output, format, format.render(checklist))) {
				kept.add(output);
			}
		}
		warnAbout(file, kept);
		return kept;
	}

	/** Writes {@code content} unless a file of someone else is there; false when it was left alone. */
	private static boolean writeIfOurs(IFile output, ChecklistFormat format, String content) throws CoreException {
		byte[] bytes = Checklists.bytes(content);
		if (!output.exists()) {
			output.create(new ByteArrayInputStream(bytes), IResource.FORCE, null);
			return true;
		}
		byte[] existing = output.readAllBytes();
		if (!format.isGeneratorOutput(new String(existing, StandardCharsets.UTF_8))) {
			return false;
		}
		if (!Arrays.equals(existing, bytes)) {
			output.setContents(new ByteArrayInputStream(bytes), IResource.FORCE | IResource.KEEP_HISTORY, null);
		}
		return true;
	}

	private static void warnAbout(IFile topology, List<IFile> kept) throws CoreException {
		topology.deleteMarkers(MARKER_TYPE, false, IResource.DEPTH_ZERO);
		for (IFile file : kept) {
			topology.createMarker(MARKER_TYPE, Map.of(IMarker.SEVERITY, IMarker.SEVERITY_WARNING, IMarker.MESSAGE,
					FOLDER + "/" + file.getName()
							+ " was not written by pcchat, so this checklist was not generated: rename or delete that file"));
		}
	}
}
