package org.pcchat.dsl.ide.quickfix;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * What Xtext's quick-fix resolutions read through the language server, answered for the one
 * document being fixed: its parsed resource and its text; for editors that run the resolutions
 * without a language server (Eclipse) and for tests. Without initialize parameters, the
 * resolutions' edits come back as plain text edits per document URI.
 */
public record OneDocumentAccess(XtextResource resource, Document document) implements ILanguageServerAccess {

	@Override
	public <T> CompletableFuture<T> doRead(String uri, Function<Context, T> function) {
		return CompletableFuture.completedFuture(doSyncRead(uri, function));
	}

	@Override
	public <T> T doSyncRead(String uri, Function<Context, T> function) {
		return function.apply(new Context(resource, document, true, CancelIndicator.NullImpl));
	}

	@Override
	public <T> CompletableFuture<T> doReadIndex(Function<? super IndexContext, ? extends T> function) {
		throw new UnsupportedOperationException("a quick fix in one topology reads no index");
	}

	@Override
	public void addBuildListener(IBuildListener listener) {
		throw new UnsupportedOperationException("a quick fix in one topology runs no build");
	}

	@Override
	public LanguageClient getLanguageClient() {
		return null;
	}

	@Override
	public ResourceSet newLiveScopeResourceSet(URI uri) {
		return resource.getResourceSet();
	}

	@Override
	public InitializeParams getInitializeParams() {
		return null;
	}

	@Override
	public InitializeResult getInitializeResult() {
		return null;
	}
}
