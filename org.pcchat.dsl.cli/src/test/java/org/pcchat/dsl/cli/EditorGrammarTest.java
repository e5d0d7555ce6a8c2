package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
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
