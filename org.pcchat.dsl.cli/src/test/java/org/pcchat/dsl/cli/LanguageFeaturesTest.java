package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.pcchat.dsl.cli.LspSession.get;
import static org.pcchat.dsl.cli.LspSession.positionOf;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

/** Code actions, outline, navigation and formatting on the example, through the protocol. */
class LanguageFeaturesTest extends ExampleSession {

	@Test
	void codeActionReplacesAnUnresolvedNextHop() throws Exception {
		String broken = text.replace("nexthop FE", "nexthop FEX");
		Diagnostic unresolved = only("PC002", replaceAndAwait(broken, having("PC002")));
		List<CodeAction> actions = codeActions(unresolved);
		CodeAction fix = actions.stream().filter(a -> a.getTitle().equals("Change to 'FE'")).findFirst()
				.orElseThrow(() -> new AssertionError("no 'Change to 'FE'' among " + actions));
		String fixed = apply(broken, fix);
		assertEquals(text, fixed);
		assertEquals(List.of(), replaceAndAwait(fixed, diagnostics -> !having("PC002").test(diagnostics)));
	}

	/** The server offers PC201's fix, and applying it clears PC201. */
	@Test
	void codeActionForMissingMessageQueuingInstallsIt() throws Exception {
		String broken = text.replaceFirst("installed MSMQ, ", "installed ");
		Diagnostic missing = only("PC201", replaceAndAwait(broken, having("PC201")));
		List<CodeAction> actions = codeActions(missing);
		assertFalse(actions.isEmpty(), "the server offers no fix for PC201");
		String fixed = apply(broken, actions.get(0));
		List<Diagnostic> after = replaceAndAwait(fixed, diagnostics -> true);
		assertFalse(having("PC201").test(after), () -> "still PC201 after '" + actions.get(0).getTitle() + "': " + after);
	}

	@Test
	void outlineIsTheTopologyTree() throws Exception {
		List<DocumentSymbol> roots = get(session.server().getTextDocumentService()
				.documentSymbol(new DocumentSymbolParams(document()))).stream().map(Either::getRight).toList();
		DocumentSymbol topology = roots.get(0);
		DocumentSymbol site = child(topology, "Redmond");
		DocumentSymbol pool = child(site, "PChat");
		DocumentSymbol server = child(pool, "pc01");
		assertAll(
				() -> assertEquals(List.of("Contoso"), roots.stream().map(DocumentSymbol::getName).toList()),
				() -> assertEquals(List.of("ContosoCA", "Redmond"), names(topology)),
				() -> assertEquals(List.of("SQLBE", "SQLPC", "LyncShare", "ChatShare", "FE", "PChat"), names(site)),
				() -> assertEquals(List.of("SQLPC.MGC", "SQLPC.MGCCOMP"), names(child(site, "SQLPC"))),
				() -> assertEquals(SymbolKind.Namespace, topology.getKind()),
				() -> assertEquals(SymbolKind.Key, child(topology, "ContosoCA").getKind()),
				() -> assertEquals(SymbolKind.Class, pool.getKind()),
				() -> assertEquals(SymbolKind.File, child(site, "ChatShare").getKind()),
				() -> assertEquals(SymbolKind.Struct, server.getKind()),
				() -> assertEquals("Persistent Chat server", server.getDetail()),
				() -> assertEquals(nameOf("server pc01"), server.getSelectionRange()));
	}

	@Test
	void definitionOfANextHopIsTheFrontEnd() throws Exception {
		List<? extends Location> definitions = get(session.server().getTextDocumentService().definition(
				new DefinitionParams(document(), positionOf(text, "nexthop FE", "nexthop ".length())))).getLeft();
		assertEquals(List.of(new Location(uri, nameOf("frontend pool FE"))), definitions);
	}

	@Test
	void referencesOfTheFrontEndAreItsNextHops() throws Exception {
		ReferenceParams params = new ReferenceParams(document(), nameOf("frontend pool FE").getStart(),
				new ReferenceContext(false));
		List<? extends Location> references = get(session.server().getTextDocumentService().references(params));
		assertEquals(List.of(new Location(uri, nameOf("nexthop FE"))), references);
	}

	@Test
	void formattingRestoresTheExamplesLayout() throws Exception {
		String flat = text.lines().map(String::strip).collect(Collectors.joining("\n", "", "\n"));
		replaceAndAwait(flat, diagnostics -> true);
		List<? extends TextEdit> edits = get(session.server().getTextDocumentService()
				.formatting(new DocumentFormattingParams(document(), new FormattingOptions(4, true))));
		assertEquals(text, TextEdits.apply(flat, edits));
	}

	private List<CodeAction> codeActions(Diagnostic diagnostic) throws Exception {
		CodeActionParams params = new CodeActionParams(document(), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic)));
		List<Either<Command, CodeAction>> answer = get(session.server().getTextDocumentService().codeAction(params));
		return answer.stream().map(Either::getRight).toList();
	}

	private String apply(String before, CodeAction action) {
		Map<String, List<TextEdit>> changes = action.getEdit().getChanges();
		assertEquals(List.of(uri), List.copyOf(changes.keySet()), "edits of '" + action.getTitle() + "'");
		return TextEdits.apply(before, changes.get(uri));
	}

	private static Diagnostic only(String rule, List<Diagnostic> diagnostics) {
		List<Diagnostic> ofRule = diagnostics.stream().filter(d -> rule.equals(d.getCode().getLeft())).toList();
		assertEquals(1, ofRule.size(), diagnostics::toString);
		return ofRule.get(0);
	}

	private static DocumentSymbol child(DocumentSymbol parent, String name) {
		return parent.getChildren().stream().filter(c -> c.getName().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + name + " in " + names(parent)));
	}

	private static List<String> names(DocumentSymbol parent) {
		return parent.getChildren().stream().map(DocumentSymbol::getName).toList();
	}
}
