package org.pcchat.dsl.ide.server;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.log4j.Logger;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.BuildManager.Buildable;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.pcchat.dsl.ide.hover.RuleHover;
import org.pcchat.dsl.rules.RuleCatalogue;

import com.google.inject.Inject;

/**
 * Xtext's language server with what pcchat's diagnostics carry: the rule ID as the code, a link
 * to the rule's documentation, and the rule's catalogue entry in the hover. Everything else
 * (completion, symbols, definition, references, code actions, formatting, semantic tokens) is
 * Xtext's, fed by the language's ide services.
 * <p>
 * Works around two behaviours of {@code LanguageServerImpl}: {@code request} lets the
 * UnsupportedOperationException of an unknown method become an internal error, and
 * {@code toBuildable(DidCloseTextDocumentParams)} builds a document that was never opened. Upstream
 * issue: none found. Written against Xtext 2.42.0: UpstreamVersionsTest fails when that version
 * changes, so that an upgrade re-examines it.
 */
public class PctopoLanguageServer extends LanguageServerImpl {

	private static final Logger LOG = Logger.getLogger(PctopoLanguageServer.class);

	/** The {@code source} of every diagnostic: editors show it beside the code. */
	public static final String SOURCE = "pcchat";

	@Inject
	private ServerSettings settings;

	@Inject
	private RuleCatalogue catalogue;

	@Inject
	private PublishedIssues published;

	@Inject
	private RuleHover ruleHover;

	@Inject
	private WatchedFiles watchedFiles;

	@Inject
	private ClientOptions options;

	@Override
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		options.read(params);
		return super.initialize(params);
	}

	@Override
	protected Diagnostic toDiagnostic(Issue issue) {
		Diagnostic diagnostic = super.toDiagnostic(issue);
		diagnostic.setSource(SOURCE);
		String rule = issue.getCode();
		if (rule != null && catalogue.contains(rule)) {
			settings.ruleLink(rule).ifPresent(link -> diagnostic.setCodeDescription(new DiagnosticCodeDescription(link)));
		}
		return diagnostic;
	}

	/** The element's summary, preceded by the documentation of the rules diagnosed at the position. */
	@Override
	protected Hover hover(HoverParams params, CancelIndicator cancelIndicator) {
		Hover element = super.hover(params, cancelIndicator);
		List<Issue> issues = published.at(getURI(params), params.getPosition());
		String rules = ruleHover.markdown(issues, settings::ruleLink);
		if (rules.isEmpty()) {
			return element;
		}
		String summary = element.getContents() != null && element.getContents().isRight()
				? element.getContents().getRight().getValue() : "";
		String markdown = summary.isBlank() ? rules : rules + "\n\n---\n\n" + summary;
		return new Hover(new MarkupContent(MarkupKind.MARKDOWN, markdown), toDiagnostic(issues.get(0)).getRange());
	}

	/** Unknown requests are answered MethodNotFound, as JSON-RPC says; Xtext answers an internal error. */
	@Override
	public CompletableFuture<?> request(String method, Object parameter) {
		try {
			return super.request(method, parameter);
		} catch (UnsupportedOperationException e) {
			throw new ResponseErrorException(new ResponseError(ResponseErrorCode.MethodNotFound,
					"Unknown method '" + method + "': the pcchat language server does not provide it", null));
		}
	}

	@Override
	public void initialized(InitializedParams params) {
		super.initialized(params);
		watchedFiles.registration(getLanguageServerAccess().getInitializeParams().getCapabilities())
				.ifPresent(registration -> getLanguageClient().registerCapability(registration));
	}

	/** Closing a document that is not open changes nothing; Xtext would build it and publish for it. */
	@Override
	protected Buildable toBuildable(DidCloseTextDocumentParams params) {
		URI document = getURI(params.getTextDocument());
		if (!getWorkspaceManager().isDocumentOpen(document)) {
			LOG.warn("Ignored didClose for " + document + ": it is not open");
			return Buildable.NO_BUILD;
		}
		return super.toBuildable(params);
	}

	@Override
	protected Buildable toBuildable(DidChangeWatchedFilesParams params) {
		WatchedFiles.Changes changes = watchedFiles.changes(params, getWorkspaceManager());
		return getWorkspaceManager().didChangeFiles(changes.dirty(), changes.deleted());
	}
}
