package org.pcchat.dsl.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pcchat.dsl.rules.Rule;
import org.pcchat.dsl.rules.RuleCatalogue;
import org.pcchat.dsl.rules.RuleDocumentation;
import org.pcchat.dsl.tests.PctopoInjectorProvider;
import org.pcchat.dsl.tests.support.Locations;

import com.google.inject.Inject;

/** docs/rules.md is generated from the catalogue, and the committed page is the generated one. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoInjectorProvider.class)
class RuleDocumentationTest {

	/** With -Dpcchat.updateDocs=true on the Maven command line, the test rewrites the page instead. */
	private static final String UPDATE = "pcchat.updateDocs";

	@Inject
	private RuleDocumentation documentation;

	@Inject
	private RuleCatalogue catalogue;

	@Test
	void committedPageIsTheGeneratedOne() throws IOException {
		Path page = Locations.repositoryRoot().resolve(RuleDocumentation.PAGE);
		String generated = documentation.render();
		if (Boolean.getBoolean(UPDATE)) {
			Files.createDirectories(page.getParent());
			Files.writeString(page, generated, StandardCharsets.UTF_8);
		}
		String committed = Files.exists(page) ? Files.readString(page, StandardCharsets.UTF_8) : "";
		assertEquals(generated, committed, RuleDocumentation.PAGE + " is not what the rule catalogue generates;"
				+ " regenerate it with ./mvnw -B -q -pl releng/org.pcchat.dsl.target,org.pcchat.dsl,org.pcchat.dsl.ide,"
				+ "org.pcchat.dsl.tests clean verify -D" + UPDATE + "=true and commit it");
	}

	@Test
	void everyRuleHasASectionUnderItsAnchor() {
		String page = documentation.render();
		for (Rule rule : catalogue.all()) {
			assertTrue(page.contains("\n<a id=\"" + RuleDocumentation.anchor(rule.id()) + "\"></a>\n### " + rule.id()
					+ ": " + rule.title() + "\n"), () -> "no section for " + rule.id());
			assertTrue(page.contains("| [" + rule.id() + "](#" + rule.id().toLowerCase() + ") | " + rule.title() + " |"),
					() -> "no summary row for " + rule.id());
		}
	}

	@Test
	void sectionStatesSeverityConfigurationQuickFixSourceAndDocumentation() {
		Rule rule = catalogue.get("PC201");
		assertTrue(documentation.render().contains("### PC201: Message Queuing not installed\n\n"
				+ "- Default severity: error\n"
				+ "- Configurable in pcchat.json: yes\n"
				+ "- Suppressible by a comment: yes\n"
				+ "- Quick fix: yes\n"
				+ "- Source: [Technical requirements for Persistent Chat Server in Lync Server 2013]("
				+ "https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/"
				+ "lync-server-2013-technical-requirements-for-persistent-chat-server)\n\n"
				+ "Requirement: " + rule.requirement() + "\n\n"
				+ rule.documentation() + "\n\nFix: " + rule.fix() + "\n"));
	}

	@Test
	void fixedRulesSayTheyCannotBeConfigured() {
		assertTrue(documentation.render().contains("### PC002: Unresolved reference\n\n"
				+ "- Default severity: error\n"
				+ "- Configurable in pcchat.json: no\n"
				+ "- Suppressible by a comment: no\n"
				+ "- Quick fix: yes\n"));
	}

	@Test
	void anchorIsTheLowerCaseId() {
		assertEquals("pc201", RuleDocumentation.anchor("PC201"));
	}
}
