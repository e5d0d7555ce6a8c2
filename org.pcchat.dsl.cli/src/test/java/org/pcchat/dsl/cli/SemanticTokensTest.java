package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pcchat.dsl.cli.LspSession.get;
import static org.pcchat.dsl.cli.LspSession.positionOf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Semantic tokens colour the whole example without a grammar in the editor: each token's type and
 * modifiers, decoded with the legend the server announced.
 */
class SemanticTokensTest extends ExampleSession {

	private final Map<Position, String> tokens = new HashMap<>();

	@BeforeEach
	void decodeTheExamplesTokens() throws Exception {
		SemanticTokensLegend legend = initialized.getCapabilities().getSemanticTokensProvider().getLegend();
		List<Integer> data = get(session.server().getTextDocumentService()
				.semanticTokensFull(new SemanticTokensParams(document()))).getData();
		int line = 0;
		int character = 0;
		for (int i = 0; i < data.size(); i += 5) {
			line += data.get(i);
			character = data.get(i) == 0 ? character + data.get(i + 1) : data.get(i + 1);
			tokens.put(new Position(line, character), describe(legend, data.get(i + 3), data.get(i + 4)));
		}
	}

	@Test
	void tokensHaveTheTypeOfWhatTheyAre() {
		assertAll(
				() -> assertEquals("comment", at("// Contoso", 0)),
				() -> assertEquals("keyword", at("topology Contoso", 0)),
				() -> assertEquals("namespace declaration", at("topology Contoso", 9)),
				() -> assertEquals("type declaration", at("authority ContosoCA", 10)),
				() -> assertEquals("string", at("\"Pacific Standard Time\"", 0)),
				() -> assertEquals("enumMember", at("SQL2012", 0)),
				() -> assertEquals("number", at("sockets 2", 8)),
				() -> assertEquals("struct declaration", at("sqlserver SQLBE", 10)),
				() -> assertEquals("property declaration", at("instance RTC", 9)),
				() -> assertEquals("variable declaration", at("fileshare LyncShare", 10)),
				() -> assertEquals("class declaration", at("frontend pool FE", 14)));
	}

	@Test
	void referencesHaveTheTypeOfTheElementTheyName() {
		assertAll(
				() -> assertEquals("class", at("nexthop FE", 8)),
				() -> assertEquals("property", at("store SQLPC.MGC", 6)),
				() -> assertEquals("variable", at("filestore ChatShare", 10)),
				() -> assertEquals("type", at("issuer ContosoCA", 7)));
	}

	private String at(String needle, int shift) {
		return tokens.getOrDefault(positionOf(text, needle, shift), "no token");
	}

	private static String describe(SemanticTokensLegend legend, int type, int modifiers) {
		List<String> words = new ArrayList<>(List.of(legend.getTokenTypes().get(type)));
		for (int bit = 0; bit < legend.getTokenModifiers().size(); bit++) {
			if ((modifiers & (1 << bit)) != 0) {
				words.add(legend.getTokenModifiers().get(bit));
			}
		}
		return String.join(" ", words);
	}
}
