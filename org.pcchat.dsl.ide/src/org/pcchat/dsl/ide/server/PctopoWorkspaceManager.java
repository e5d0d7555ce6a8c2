package org.pcchat.dsl.ide.server;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.util.Pair;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure2;

import com.google.inject.Inject;

/**
 * Xtext's workspace, plus four things: an editor without a folder (rootUri null) gets a workspace
 * of no folder, in which opened files are built as files outside every folder are (Xtext's unknown
 * project), instead of a NullPointerException; it remembers the issues each build publishes (for
 * hovers); a request about a document that is neither open nor a file of the workspace gets an
 * error that says so, instead of an internal error from deep inside the resource set, and so does a
 * request at a position outside the document ({@link ProtocolPositions}).
 * <p>
 * Works around: {@code WorkspaceManager.initialize} failing without a root
 * (https://github.com/eclipse-xtext/xtext/issues/3391), {@code read} failing deep inside the
 * resource set on an unknown document, and the positions of {@code getDocument}'s document (see
 * {@link ProtocolPositions}). Written against Xtext 2.42.0:
 * UpstreamVersionsTest fails when that version changes, so that an upgrade re-examines it.
 */
public class PctopoWorkspaceManager extends WorkspaceManager {

	@Inject
	private PublishedIssues published;

	/** Xtext's entry for clients without workspace folders: their rootUri, or null when no folder is open. */
	@Override
	public void initialize(URI baseDir, Procedure2<? super URI, ? super Iterable<Issue>> issueAcceptor,
			CancelIndicator cancelIndicator) {
		if (baseDir == null) {
			initialize(List.of(), issueAcceptor, cancelIndicator);
		} else {
			super.initialize(baseDir, issueAcceptor, cancelIndicator);
		}
	}

	@Override
	public void initialize(List<WorkspaceFolder> workspaceFolders,
			Procedure2<? super URI, ? super Iterable<Issue>> issueAcceptor, CancelIndicator cancelIndicator) {
		super.initialize(workspaceFolders, (uri, issues) -> {
			published.put(uri, issues);
			issueAcceptor.apply(uri, issues);
		}, cancelIndicator);
	}

	@Override
	public Pair<? super Document, ? super XtextResource> read(URI uri) {
		URI document = uri.trimFragment();
		if (!isDocumentOpen(document) && !exists(document)) {
			throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
					document + " is not open and is not a file of the workspace; open it first", null));
		}
		return super.read(uri);
	}

	/** The document with the protocol's rules for positions outside it, for every request that reads one. */
	@Override
	protected Document getDocument(XtextResource resource) {
		return new ProtocolPositions(super.getDocument(resource));
	}
}
