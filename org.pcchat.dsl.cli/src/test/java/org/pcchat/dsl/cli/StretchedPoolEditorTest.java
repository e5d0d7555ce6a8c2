package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pcchat.dsl.cli.LspSession.get;
import static org.pcchat.dsl.cli.LspSession.positionOf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

/**
 * The syntax of real deployments in the editor, on examples/stretched-pool.pctopo (hyphenated host
 * names, existing machines, data centers, a file server with the witness, teamed adapters, mirrors,
 * backups and the compliance line): completion offers the new words where they fit, the outline
 * and the semantic tokens show them.
 */
class StretchedPoolEditorTest extends ExampleSession {

	/** Where the caret is in the texts given to {@link #completionAt}. */
	private static final String CARET = "‸";

	@Override
	Path example() {
		return EXAMPLE.resolveSibling("stretched-pool.pctopo");
	}

	@Test
	void anElementMayStartWithExistingAndAFileServerIsOneOfThem() throws Exception {
		List<String> inSite = completionAt(text.replace("        // The mirroring witness",
				"        " + CARET + "\n        // The mirroring witness"));
		List<String> afterExisting = completionAt(text.replace("        // The mirroring witness",
				"        existing " + CARET + "\n        // The mirroring witness"));
		List<String> inPool = completionAt(text.replace("            server dub2-pc-01 standby",
				"            existing " + CARET + "\n            server dub2-pc-01 standby"));
		assertAll(
				() -> assertTrue(inSite.containsAll(List.of("existing", "fileserver", "sqlserver", "fileshare")), inSite::toString),
				() -> assertTrue(afterExisting.containsAll(List.of("sqlserver", "fileserver", "frontend", "persistentchat")),
						afterExisting::toString),
				// a file share or a time zone is no machine that could exist already
				() -> assertFalse(afterExisting.contains("fileshare") || afterExisting.contains("timezone"),
						afterExisting::toString),
				() -> assertEquals(List.of("server"), inPool));
	}

	@Test
	void machinesOfferDatacenterAndItsNamesAreTheOnesAlreadyWritten() throws Exception {
		List<String> inFileServer = completionAt(text.replace("            instance WITNESS",
				"            " + CARET + "\n            instance WITNESS"));
		List<String> inPoolServer = completionAt(text.replace("                datacenter DUB2",
				"                " + CARET));
		List<String> names = completionAt(text.replace("                datacenter DUB2",
				"                datacenter " + CARET));
		// '}' may follow the name being typed, so the server proposes it as well
		List<String> typed = completionAt(text.replace("                datacenter DUB2",
				"                datacenter d" + CARET)).stream().filter(label -> !label.equals("}")).toList();
		assertAll(
				() -> assertTrue(inFileServer.containsAll(List.of("datacenter", "fqdn", "os", "hardware", "instance")),
						inFileServer::toString),
				() -> assertFalse(inFileServer.contains("sql"), "a file server has no sql line: " + inFileServer),
				() -> assertTrue(inPoolServer.contains("datacenter"), inPoolServer::toString),
				() -> assertEquals(List.of("DUB1", "DUB2"), names, "the data centers the other machines name"),
				() -> assertEquals(List.of("DUB1", "DUB2"), typed, "matched ignoring case"));
	}

	@Test
	void teamedFollowsTheNumberOfAdapters() throws Exception {
		List<String> afterNics = completionAt(text.replaceFirst("nics 2 teamed", "nics 2 " + CARET));
		assertTrue(afterNics.contains("teamed"), afterNics::toString);
	}

	/** The line after the compliance line is the pool's, though a line break ends the compliance line. */
	@Test
	void aPoolOffersItsDatabasesCopiesAndTheWitnessTakesAnInstance() throws Exception {
		List<String> inPool = completionAt(text.replace("            filestore ChatShare",
				"            " + CARET + "\n            filestore ChatShare"));
		List<String> witnesses = completionAt(text.replace("witness dub1-fs-01.WITNESS", "witness " + CARET));
		assertAll(
				() -> assertTrue(inPool.containsAll(List.of("store", "mirror", "witness", "backup", "compliance")),
						inPool::toString),
				() -> assertTrue(witnesses.contains("dub1-fs-01.WITNESS"), witnesses::toString),
				() -> assertFalse(witnesses.contains("FE") || witnesses.contains("ChatShare"), "only instances: " + witnesses));
	}

	@Test
	void theComplianceLineOffersItsOwnMirrorAndBackup() throws Exception {
		String compliance = "compliance dub1-sql-01.MGCCOMP ";
		List<String> afterPrimary = completionAt(text.replace(
				compliance + "mirror dub1-sql-02.MGCCOMP backup dub2-sql-01.MGCCOMP", compliance + CARET));
		List<String> afterMirror = completionAt(text.replace(
				"mirror dub1-sql-02.MGCCOMP backup dub2-sql-01.MGCCOMP", "mirror dub1-sql-02.MGCCOMP " + CARET));
		List<String> mirrorInstances = completionAt(text.replace(
				"mirror dub1-sql-02.MGCCOMP backup", "mirror " + CARET + " backup"));
		assertAll(
				() -> assertTrue(afterPrimary.containsAll(List.of("mirror", "backup")), afterPrimary::toString),
				() -> assertTrue(afterMirror.contains("backup"), afterMirror::toString),
				() -> assertTrue(mirrorInstances.containsAll(List.of("dub1-sql-02.MGCCOMP", "dub2-sql-01.MGC")),
						mirrorInstances::toString));
	}

	@Test
	void installedOffersThePrerequisitesAndTheHotfixesWrittenElsewhere() throws Exception {
		String withHotfix = text.replaceFirst("installed MSMQ, DotNet45, PowerShell3, WIF",
				"installed MSMQ, DotNet45, PowerShell3, WIF, KB2982006");
		List<String> items = completionAt(withHotfix.replaceFirst("(?s)(server dub2-pc-01.*?installed MSMQ, DotNet45, )PowerShell3",
				"$1" + CARET));
		assertTrue(items.containsAll(List.of("MSMQ", "DotNet45", "PowerShell3", "WIF", "KB2982006")), items::toString);
	}

	@Test
	void theOutlineShowsFileServersAndWhatExistsWhere() throws Exception {
		DocumentSymbol topology = get(session.server().getTextDocumentService()
				.documentSymbol(new DocumentSymbolParams(document()))).get(0).getRight();
		DocumentSymbol site = child(topology, "Dublin");
		DocumentSymbol pool = child(site, "PChat");
		DocumentSymbol fileServer = child(site, "dub1-fs-01");
		assertAll(
				() -> assertEquals(List.of("dub1-sql-be", "dub1-sql-01", "dub1-sql-02", "dub2-sql-01", "dub1-fs-01",
						"LyncShare", "ChatShare", "FE", "PChat"), names(site)),
				() -> assertEquals(SymbolKind.Struct, fileServer.getKind()),
				() -> assertEquals("file server · data center DUB1", fileServer.getDetail()),
				() -> assertEquals(List.of("dub1-fs-01.WITNESS"), names(fileServer)),
				() -> assertEquals(nameOf("fileserver dub1-fs-01"), fileServer.getSelectionRange()),
				() -> assertEquals("SQL server · existing · data center DUB1", child(site, "dub1-sql-be").getDetail()),
				() -> assertEquals("Front End pool · existing", child(site, "FE").getDetail()),
				() -> assertEquals("Persistent Chat server · standby · data center DUB2", child(pool, "dub2-pc-01").getDetail()),
				() -> assertEquals("Persistent Chat server · data center DUB1", child(pool, "dub1-pc-01").getDetail()));
	}

	@Test
	void theNewWordsAreHighlighted() throws Exception {
		String escaped = text.replace("instance WITNESS", "instance ^witness")
				.replace("witness dub1-fs-01.WITNESS", "witness dub1-fs-01.^witness")
				.replaceFirst("installed MSMQ, DotNet45, PowerShell3, WIF", "installed MSMQ, DotNet45, PowerShell3, WIF, KB2982006");
		replaceAndAwait(escaped, diagnostics -> true);
		Map<Position, String> tokens = semanticTokens();
		assertAll(
				() -> assertEquals("keyword", at(tokens, escaped, "existing sqlserver", 0)),
				() -> assertEquals("struct declaration (11)", at(tokens, escaped, "existing sqlserver dub1-sql-be", 19)),
				() -> assertEquals("keyword", at(tokens, escaped, "fileserver dub1-fs-01", 0)),
				() -> assertEquals("struct declaration (10)", at(tokens, escaped, "fileserver dub1-fs-01", 11)),
				() -> assertEquals("keyword", at(tokens, escaped, "datacenter DUB1", 0)),
				() -> assertEquals("namespace (4)", at(tokens, escaped, "datacenter DUB1", 11)),
				() -> assertEquals("keyword", at(tokens, escaped, "nics 2 teamed", 7)),
				() -> assertEquals("property declaration (8)", at(tokens, escaped, "instance ^witness", 9)),
				() -> assertEquals("keyword", at(tokens, escaped, "witness dub1-fs-01", 0)),
				() -> assertEquals("property (10)", at(tokens, escaped, "witness dub1-fs-01.^witness", 8)),
				() -> assertEquals("property (8)", at(tokens, escaped, "witness dub1-fs-01.^witness", 19)),
				() -> assertEquals("string (38)", at(tokens, escaped, "'\\\\dub1-fs-01.fabrikam.com\\pchatfiles'", 0)),
				() -> assertEquals("struct (10)", at(tokens, escaped, "on dub1-fs-01", 3)),
				() -> assertEquals("keyword", at(tokens, escaped, "mirror dub1-sql-02.MGCCOMP", 0)),
				() -> assertEquals("property (11)", at(tokens, escaped, "mirror dub1-sql-02.MGCCOMP", 7)),
				() -> assertEquals("property (7)", at(tokens, escaped, "mirror dub1-sql-02.MGCCOMP", 19)),
				() -> assertEquals("property (11)", at(tokens, escaped, "backup dub2-sql-01.MGCCOMP", 7)),
				() -> assertEquals("enumMember (9)", at(tokens, escaped, "KB2982006", 0)),
				() -> assertEquals("enumMember (7)", at(tokens, escaped, "standby", 0)));
	}

	/** The labels the server proposes at {@link #CARET} in {@code withCaret}, once it holds that text. */
	private List<String> completionAt(String withCaret) throws Exception {
		String newText = withCaret.replace(CARET, "");
		replaceAndAwait(newText, diagnostics -> true);
		CompletionParams params = new CompletionParams(document(), positionOf(withCaret, CARET, 0));
		return get(session.server().getTextDocumentService().completion(params)).getRight().getItems().stream()
				.map(CompletionItem::getLabel).toList();
	}

	/** Each token's type and modifiers, and its length in parentheses where it is not a keyword. */
	private Map<Position, String> semanticTokens() throws Exception {
		SemanticTokensLegend legend = initialized.getCapabilities().getSemanticTokensProvider().getLegend();
		List<Integer> data = get(session.server().getTextDocumentService()
				.semanticTokensFull(new SemanticTokensParams(document()))).getData();
		Map<Position, String> tokens = new HashMap<>();
		int line = 0;
		int character = 0;
		for (int i = 0; i < data.size(); i += 5) {
			line += data.get(i);
			character = data.get(i) == 0 ? character + data.get(i + 1) : data.get(i + 1);
			List<String> words = new ArrayList<>(List.of(legend.getTokenTypes().get(data.get(i + 3))));
			for (int bit = 0; bit < legend.getTokenModifiers().size(); bit++) {
				if ((data.get(i + 4) & (1 << bit)) != 0) {
					words.add(legend.getTokenModifiers().get(bit));
				}
			}
			String type = String.join(" ", words);
			tokens.put(new Position(line, character), type.equals("keyword") ? type : type + " (" + data.get(i + 2) + ")");
		}
		return tokens;
	}

	private static String at(Map<Position, String> tokens, String text, String needle, int shift) {
		return tokens.getOrDefault(positionOf(text, needle, shift), "no token");
	}

	private static DocumentSymbol child(DocumentSymbol parent, String name) {
		return parent.getChildren().stream().filter(c -> c.getName().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + name + " in " + names(parent)));
	}

	private static List<String> names(DocumentSymbol parent) {
		return parent.getChildren().stream().map(DocumentSymbol::getName).toList();
	}
}
