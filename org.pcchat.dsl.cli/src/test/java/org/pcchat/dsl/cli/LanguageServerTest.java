package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pcchat.dsl.cli.LspSession.get;
import static org.pcchat.dsl.cli.LspSession.positionOf;
import static org.pcchat.dsl.cli.LspSession.rangeOf;

import java.util.List;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.junit.jupiter.api.Test;
import org.pcchat.dsl.rules.Rule;
import org.pcchat.dsl.rules.RuleCatalogue;

/**
 * The language server with LSP4J's client, as an editor uses it on the bundled example: open it
 * clean, break it, complete, hover. Code actions and the other requests: {@link LanguageFeaturesTest}.
 */
class LanguageServerTest extends ExampleSession {

	@Test
	void announcesWhatItCanDo() {
		ServerCapabilities capabilities = initialized.getCapabilities();
		assertAll(
				() -> assertEquals(TextDocumentSyncKind.Incremental, capabilities.getTextDocumentSync().getLeft()),
				() -> assertTrue(capabilities.getHoverProvider().getLeft()),
				() -> assertTrue(capabilities.getCompletionProvider() != null),
				() -> assertTrue(capabilities.getDefinitionProvider().getLeft()),
				() -> assertTrue(capabilities.getReferencesProvider().getLeft()),
				() -> assertTrue(capabilities.getDocumentSymbolProvider().getLeft()),
				() -> assertTrue(capabilities.getCodeActionProvider().getLeft()),
				() -> assertTrue(capabilities.getDocumentFormattingProvider().getLeft()),
				() -> assertTrue(capabilities.getSemanticTokensProvider().getLegend().getTokenTypes().contains("keyword")));
	}

	@Test
	void theExampleHasNoDiagnostics() throws Exception {
		session.awaitBuilds();
		List<List<Diagnostic>> published = editor.allDiagnostics(uri);
		assertFalse(published.isEmpty(), "no diagnostics notification for the opened example");
		assertTrue(published.stream().allMatch(List::isEmpty), published::toString);
	}

	@Test
	void removingMessageQueuingReportsPC201OnTheServerName() throws Exception {
		Diagnostic diagnostic = removeMessageQueuingFromPc01();
		assertAll(
				() -> assertEquals(nameOf("server pc01"), diagnostic.getRange()),
				() -> assertEquals("PC201", diagnostic.getCode().getLeft()),
				() -> assertEquals(DiagnosticSeverity.Error, diagnostic.getSeverity()),
				() -> assertEquals("pcchat", diagnostic.getSource()),
				() -> assertEquals("https://example.org/pcchat/docs/rules.md#pc201", diagnostic.getCodeDescription().getHref()),
				() -> assertEquals("Persistent Chat server 'pc01' does not have Message Queuing (MSMQ) installed; "
						+ "every Persistent Chat Server needs it", diagnostic.getMessage().getLeft()));
	}

	@Test
	void completionAfterNexthopProposesTheFrontEnds() throws Exception {
		String withoutNextHop = text.replace("nexthop FE", "nexthop ");
		session.replace(uri, withoutNextHop);
		CompletionParams params = new CompletionParams(document(),
				positionOf(withoutNextHop, "nexthop ", "nexthop ".length()));
		List<String> labels = get(session.server().getTextDocumentService().completion(params)).getRight().getItems()
				.stream().map(CompletionItem::getLabel).toList();
		assertTrue(labels.contains("FE"), labels::toString);
		// Only Front Ends are next hops: no servers, SQL servers or the pool itself.
		assertFalse(labels.stream().anyMatch(label -> List.of("fe01", "pc01", "SQLBE", "PChat").contains(label)),
				labels::toString);
	}

	/** The grammar reads unknown text where an element may start; nobody is invited to write it. */
	@Test
	void completionInASiteProposesItsElementsOnly() throws Exception {
		String marker = "timezone \"Pacific Standard Time\"\n";
		CompletionParams params = new CompletionParams(document(), positionOf(text, marker, marker.length()));
		List<String> labels = get(session.server().getTextDocumentService().completion(params)).getRight().getItems()
				.stream().map(CompletionItem::getLabel).toList();
		assertTrue(labels.containsAll(List.of("sqlserver", "fileshare", "frontend", "persistentchat")), labels::toString);
		assertFalse(labels.stream().anyMatch(label -> List.of("pool", "standard", "SQL2012", "MSMQ", "GB").contains(label)),
				labels::toString);
	}

	@Test
	void hoverOnTheDiagnosticExplainsItsRule() throws Exception {
		Diagnostic diagnostic = removeMessageQueuingFromPc01();
		Hover hover = get(session.server().getTextDocumentService().hover(
				new HoverParams(document(), diagnostic.getRange().getStart())));
		String markdown = hover.getContents().getRight().getValue();
		Rule rule = new RuleCatalogue().get("PC201");
		assertAll(
				() -> assertEquals("markdown", hover.getContents().getRight().getKind()),
				() -> assertTrue(markdown.startsWith("**PC201: " + rule.title() + "**\n\n" + rule.documentation()), markdown),
				() -> assertTrue(markdown.contains("[Documentation](https://example.org/pcchat/docs/rules.md#pc201)"), markdown),
				() -> assertTrue(markdown.contains("`// pcchat-ignore PC201: reason`"), markdown),
				() -> assertTrue(markdown.endsWith("**Persistent Chat server 'pc01'** `pc01.contoso.com`\n\n"
						+ "active · WindowsServer2012 Datacenter · installed DotNet45, PowerShell3, WIF · in Persistent Chat pool 'PChat'"),
						markdown),
				() -> assertEquals(diagnostic.getRange(), hover.getRange()));
	}

	@Test
	void hoverOnAReferenceSummarizesTheElement() throws Exception {
		Hover hover = get(session.server().getTextDocumentService().hover(
				new HoverParams(document(), positionOf(text, "nexthop FE", "nexthop ".length()))));
		assertEquals("**Front End pool 'FE'** `fepool.contoso.com`\n\n2 servers · back end SQLBE.RTC",
				hover.getContents().getRight().getValue());
	}

	@Test
	void hoverWhereThereIsNothingToSayIsEmpty() throws Exception {
		Hover hover = get(session.server().getTextDocumentService().hover(
				new HoverParams(document(), positionOf(text, "port 5041", 1))));
		assertTrue(hover.getContents().isLeft() ? hover.getContents().getLeft().isEmpty()
				: hover.getContents().getRight().getValue().isEmpty(), hover::toString);
	}

	/** Deletes "MSMQ, " from pc01's installed list, incrementally, and returns the one diagnostic that follows. */
	private Diagnostic removeMessageQueuingFromPc01() throws Exception {
		int seen = editor.publishCount(uri);
		session.edit(uri, rangeOf(text, "MSMQ, "), "");
		List<Diagnostic> diagnostics = editor.awaitDiagnostics(uri, seen, having("PC201"));
		assertEquals(1, diagnostics.size(), diagnostics::toString);
		return diagnostics.get(0);
	}
}
