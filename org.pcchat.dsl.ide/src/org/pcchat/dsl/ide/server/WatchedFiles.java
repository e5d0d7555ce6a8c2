package org.pcchat.dsl.ide.server;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.pcchat.dsl.rules.config.RuleConfigurations;

import com.google.inject.Inject;

/**
 * Files changed on disk that the server must hear about: topologies that are not open, and
 * {@code pcchat.json}, whose change concerns every topology in its folder and below (the
 * runtime reads the new levels on the next validation; the server has to start that validation).
 */
public class WatchedFiles {

	static final String METHOD = "workspace/didChangeWatchedFiles";

	@Inject
	private UriExtensions uris;

	/** The watchers to register with a client that lets servers register them; empty for others. */
	public Optional<RegistrationParams> registration(ClientCapabilities client) {
		WorkspaceClientCapabilities workspace = client == null ? null : client.getWorkspace();
		DidChangeWatchedFilesCapabilities watching = workspace == null ? null : workspace.getDidChangeWatchedFiles();
		if (watching == null || !Boolean.TRUE.equals(watching.getDynamicRegistration())) {
			return Optional.empty();
		}
		DidChangeWatchedFilesRegistrationOptions options = new DidChangeWatchedFilesRegistrationOptions(List.of(
				new FileSystemWatcher(org.eclipse.lsp4j.jsonrpc.messages.Either.forLeft("**/*.pctopo")),
				new FileSystemWatcher(org.eclipse.lsp4j.jsonrpc.messages.Either.forLeft("**/" + RuleConfigurations.FILE_NAME))));
		return Optional.of(new RegistrationParams(List.of(new Registration("pcchat-watched-files", METHOD, options))));
	}

	/** The files to build again, and those to forget, after these changes. */
	public Changes changes(DidChangeWatchedFilesParams params, WorkspaceManager workspace) {
		Set<URI> dirty = new LinkedHashSet<>();
		List<URI> deleted = new ArrayList<>();
		for (FileEvent event : params.getChanges()) {
			URI uri = uris.withEmptyAuthority(uris.toUri(event.getUri()));
			if (RuleConfigurations.FILE_NAME.equals(uri.lastSegment())) {
				// Open documents too: their text is the editor's, but their rule levels come from disk.
				dirty.addAll(topologiesBelow(uri.trimSegments(1), workspace));
			} else if (workspace.isDocumentOpen(uri)) {
				continue; // the editor's text wins over the file's
			} else if (event.getType() == FileChangeType.Deleted) {
				deleted.add(uri);
			} else {
				dirty.add(uri);
			}
		}
		dirty.removeAll(deleted);
		return new Changes(List.copyOf(dirty), List.copyOf(deleted));
	}

	private List<URI> topologiesBelow(URI folder, WorkspaceManager workspace) {
		String prefix = folder.toString() + "/";
		List<URI> below = new ArrayList<>();
		for (IResourceDescription description : workspace.getIndex().getAllResourceDescriptions()) {
			URI topology = uris.withEmptyAuthority(description.getURI());
			if (topology.toString().startsWith(prefix)) {
				below.add(topology);
			}
		}
		return below;
	}

	/** What a batch of file events means for the build. */
	public record Changes(List<URI> dirty, List<URI> deleted) {
	}
}
