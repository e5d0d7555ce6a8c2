package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.junit.jupiter.api.Test;
import org.pcchat.dsl.PctopoStandaloneSetup;
import org.pcchat.dsl.model.Values;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The VS Code extension's TextMate grammar restates the language's words: its keyword and value
 * lists must be exactly the Xtext grammar's keywords and the values the language knows (in any case).
 */
class EditorGrammarTest {

	private static final Path TEXTMATE = Path.of(System.getProperty("pcchat.root", ".."))
			.resolve("editors/vscode/syntaxes/pctopo.tmLanguage.json");
	private static final Pattern ALTERNATIVES = Pattern.compile("^\\\\b\\(\\?i?:([A-Za-z0-9|]+)\\)\\\\b$");

	@Test
	void textMateListsEveryWordOfTheGrammarAndNoOther() throws Exception {
		JsonObject repository = JsonParser.parseString(Files.readString(TEXTMATE)).getAsJsonObject()
				.getAsJsonObject("repository");
		Set<String> listed = new TreeSet<>(words(repository, "keywords"));
		listed.addAll(words(repository, "constants"));
		assertEquals(grammarWords(), listed);
	}

	/** The real-deployment syntax as VS Code colours it, line by line, on the stretched-pool example. */
	@Test
	void textMateScopesTheSyntaxOfRealDeployments() throws Exception {
		TextMateLines lines = new TextMateLines(JsonParser.parseString(Files.readString(TEXTMATE)).getAsJsonObject());
		assertAll(
				() -> assertEquals(List.of("keyword existing", "keyword sqlserver", "entity.name.type.struct dub1-sql-be", "{"),
						lines.scopes("    existing sqlserver dub1-sql-be {")),
				() -> assertEquals(List.of("keyword fileserver", "entity.name.type.struct ^fileserver", "{"),
						lines.scopes("    fileserver ^fileserver {")),
				() -> assertEquals(List.of("keyword datacenter", "entity.name.namespace DUB-1"), lines.scopes("    datacenter DUB-1")),
				() -> assertEquals(List.of("keyword os", "support.constant WindowsServer2012R2", "support.constant datacenter",
						"keyword sp", "constant.numeric 1", "keyword core"), lines.scopes("    os WindowsServer2012R2 datacenter sp 1 core")),
				() -> assertEquals(List.of("keyword hardware", "{", "keyword nics", "constant.numeric 2", "keyword teamed", "}"),
						lines.scopes("    hardware { nics 2 teamed }")),
				() -> assertEquals(List.of("keyword fileshare", "entity.name.variable ChatShare",
						"string.quoted.single '\\\\fs-01\\chat'", "keyword on", "variable.other.reference fs-01"),
						lines.scopes("    fileshare ChatShare '\\\\fs-01\\chat' on fs-01")),
				() -> assertEquals(List.of("keyword compliance", "variable.other.reference sql-01.MGCCOMP", "keyword mirror",
						"variable.other.reference sql-02.MGCCOMP", "keyword backup", "variable.other.reference sql-dr.^backup"),
						lines.scopes("    compliance sql-01.MGCCOMP mirror sql-02.MGCCOMP backup sql-dr.^backup")),
				() -> assertEquals(List.of("keyword witness", "variable.other.reference fs-01.WITNESS"),
						lines.scopes("    witness fs-01.WITNESS")),
				() -> assertEquals(List.of("keyword server", "entity.name.type.struct 01-pc", "support.constant Standby", "{"),
						lines.scopes("    server 01-pc Standby {")),
				() -> assertEquals(List.of("keyword installed", "support.constant MSMQ", ",", "support.constant kb2982006"),
						lines.scopes("    installed MSMQ, kb2982006")),
				() -> assertEquals(List.of("keyword sql", "support.constant SQL2012", "constant.numeric sp1"),
						lines.scopes("    sql SQL2012 sp1")));
	}

	private static Set<String> grammarWords() {
		IGrammarAccess grammar = new PctopoStandaloneSetup().createInjectorAndDoEMFRegistration()
				.getInstance(IGrammarAccess.class);
		Set<String> words = new TreeSet<>();
		for (Keyword keyword : GrammarUtil.containedKeywords(grammar.getGrammar())) {
			// the letters of terminal rules (ID's 'a'..'z') are no words
			if (Character.isLetter(keyword.getValue().charAt(0))
					&& GrammarUtil.containingRule(keyword) instanceof ParserRule) {
				words.add(keyword.getValue());
			}
		}
		for (EAttribute attribute : Values.valueAttributes()) {
			words.addAll(Values.vocabularyOf(attribute).literals());
		}
		return words;
	}

	private static Set<String> words(JsonObject repository, String rule) {
		String match = repository.getAsJsonObject(rule).get("match").getAsString();
		Matcher alternatives = ALTERNATIVES.matcher(match);
		if (!alternatives.matches()) {
			throw new AssertionError(rule + " is not a plain list of words: " + match);
		}
		return Set.of(alternatives.group(1).split("\\|"));
	}
}
