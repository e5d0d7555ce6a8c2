package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pcchat.dsl.cli.Run.pcchat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pcchat.dsl.rules.Rule;
import org.pcchat.dsl.rules.RuleCatalogue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** `pcchat rules`: the catalogue in three formats, all read from the runtime's rules.properties. */
class RulesCommandTest {

	private final RuleCatalogue catalogue = new RuleCatalogue();

	@Test
	void textIsOneAlignedLinePerRule() {
		Run run = pcchat("rules");
		assertEquals(0, run.exitCode());
		assertEquals(catalogue.all().stream().map(RulesCommand::line).toList(), run.outLines());
		assertEquals("PC001  error    Syntax error", run.outLines().get(0));
		assertTrue(run.outLines().contains("PC215  warning  Port used by another Lync service"), run.out());
	}

	@Test
	void jsonHasEveryFieldOfTheCatalogue() {
		Run run = pcchat("rules", "--format", "json");
		assertEquals(0, run.exitCode());
		JsonObject listing = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals(List.of("version", "rules"), List.copyOf(listing.keySet()));
		JsonArray rules = listing.getAsJsonArray("rules");
		assertEquals(catalogue.all().size(), rules.size());
		JsonObject pc201 = rules.asList().stream().map(rule -> rule.getAsJsonObject())
				.filter(rule -> rule.get("id").getAsString().equals("PC201")).findFirst().orElseThrow();
		Rule expected = catalogue.get("PC201");
		assertEquals(List.of("id", "title", "severity", "configurable", "suppressible", "quickFix", "source",
				"sourceTitle", "requirement", "documentation", "fix"), List.copyOf(pc201.keySet()));
		assertEquals(expected.source().url(), pc201.get("source").getAsString());
		assertEquals(expected.requirement(), pc201.get("requirement").getAsString());
		assertEquals(expected.fix(), pc201.get("fix").getAsString());
		assertEquals(expected.title(), pc201.get("title").getAsString());
		assertEquals("error", pc201.get("severity").getAsString());
		assertEquals(expected.documentation(), pc201.get("documentation").getAsString());
		assertTrue(pc201.get("quickFix").getAsBoolean());
	}

	@Test
	void markdownIsTheCommittedRulesPage() throws IOException {
		Run run = pcchat("rules", "--format", "md");
		assertEquals(0, run.exitCode());
		assertEquals(Files.readString(Path.of("../docs/rules.md")), run.out());
	}

	@Test
	void unknownFormatIsAUsageError() {
		Run run = pcchat("rules", "--format", "html");
		assertEquals(2, run.exitCode());
		assertEquals(1, run.errLines().size(), run.err());
		assertTrue(run.err().contains("[text, json, md]") && run.err().contains("'pcchat rules --help'"), run.err());
	}
}
