package org.pcchat.dsl.ide.server;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.build.BuildRequest;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

/**
 * One workspace folder, or the files outside every folder (Xtext's unknown project, which has no
 * base directory). Its builds publish diagnostics and, unless the client asked for checklists
 * ({@link ClientOptions}), go no further: Xtext's builder would validate each topology a second
 * time to decide whether to generate, then write its checklists into the folder.
 * <p>
 * Works around: the request of {@code ProjectManager.newBuildRequest} generating whenever its
 * after-validate callback answers true, which is the only switch the builder has. Upstream issue:
 * none found. Written against Xtext 2.42.0:
 * UpstreamVersionsTest fails when that version changes, so that an upgrade re-examines it.
 */
public class PctopoProjectManager extends ProjectManager {

	@Inject
	private ClientOptions options;

	@Override
	protected BuildRequest newBuildRequest(List<URI> changedFiles, List<URI> deletedFiles,
			List<IResourceDescription.Delta> externalDeltas, CancelIndicator cancelIndicator) {
		BuildRequest request = super.newBuildRequest(changedFiles, deletedFiles, externalDeltas, cancelIndicator);
		BuildRequest.IPostValidationCallback publish = request.getAfterValidate();
		// The builder generates only when this callback answers true.
		boolean generate = options.generateChecklists() && getBaseDir() != null;
		request.setAfterValidate((uri, issues) -> publish.afterValidate(uri, issues) && generate);
		return request;
	}
}
