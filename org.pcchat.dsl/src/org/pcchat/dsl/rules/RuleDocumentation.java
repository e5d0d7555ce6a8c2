package org.pcchat.dsl.rules;

import java.util.Locale;

import com.google.inject.Inject;

/**
 * Renders the rule catalogue as {@code docs/rules.md}: how to configure and suppress rules, a
 * summary table, and one section per rule with the anchor {@code #pcnnn} diagnostics link to.
 */
public class RuleDocumentation {

	/** Where the rendered page lives, relative to the repository root. */
	public static final String PAGE = "docs/rules.md";

	private static final String INTRODUCTION = """
			# pcchat rules

			<!-- Generated from rules.properties by org.pcchat.dsl.rules.RuleDocumentation: do not edit.
			     Regenerate with ./mvnw verify -Dpcchat.updateDocs=true (RuleDocumentationTest rewrites it). -->

			Every diagnostic pcchat reports carries its rule ID, described below: after the message
			(`[PC201]`) in `pcchat check`, the Problems view and the Maven build's log, as the
			diagnostic's code in editors that use the language server.
			Rules PC001 to PC605 restate Microsoft's requirements for Persistent Chat in Lync Server 2013
			and Skype for Business Server 2015; rules PC9xx are about pcchat's own configuration file and
			comments.

			## Configuring rules

			A file `pcchat.json` in the topology's folder, or in the nearest folder above it, sets the
			level of rules for the topologies below it. The command line, the build, the language server
			and Eclipse all read it:

			```json
			{
			  "rules": {
			    "PC208": "off",
			    "PC501": "error"
			  }
			}
			```

			The levels are `error`, `warning`, `info` and `off` (not reported). A level replaces the
			rule's default severity; for a rule with two severities (PC605) it replaces both. PC001 to
			PC003 (syntax, unresolved references, duplicate names) and PC901 cannot be configured.
			Mistakes in the file are reported as PC901 on the topology's name, starting with the file,
			line and column of the mistake; the other entries still apply, and a file that is not valid
			JSON is ignored as a whole.

			## Suppressing a diagnostic

			A comment on the line directly before an element suppresses the rules it names on that
			element and on everything the element contains; directly before an attribute, such as
			`port 443`, it suppresses them on that attribute only:

			```
			// pcchat-ignore PC208: evaluation lab, approved by the change board
			persistentchat pool Lab on fe01 {
			```

			Several rules may be named: `// pcchat-ignore PC208 PC501: reason`. The reason after the
			colon is expected (PC902). A rule named in a comment that suppresses nothing is reported
			(PC903), and so is a comment that cannot work (PC904). PC001 to PC003 must be fixed, and the
			PC9xx rules are set in pcchat.json: neither can be suppressed. Unlike `off` in pcchat.json, a
			suppression concerns one element and says why.
			""";

	private final RuleCatalogue catalogue;

	@Inject
	public RuleDocumentation(RuleCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	/** The anchor of a rule's section, e.g. {@code pc201} for {@code docs/rules.md#pc201}. */
	public static String anchor(String ruleId) {
		return ruleId.toLowerCase(Locale.ROOT);
	}

	/** The whole page, in Markdown. */
	public String render() {
		StringBuilder page = new StringBuilder(INTRODUCTION);
		page.append("\n## Summary\n\n| Rule | Title | Default severity | Configurable | Quick fix |\n");
		page.append("|---|---|---|---|---|\n");
		for (Rule rule : catalogue.all()) {
			page.append("| [").append(rule.id()).append("](#").append(anchor(rule.id())).append(") | ")
					.append(rule.title()).append(" | ").append(severity(rule)).append(" | ")
					.append(yesNo(rule.isConfigurable())).append(" | ").append(yesNo(rule.hasQuickFix())).append(" |\n");
		}
		page.append("\n## Rules\n");
		for (Rule rule : catalogue.all()) {
			section(page, rule);
		}
		sources(page);
		return page.toString();
	}

	private static void section(StringBuilder page, Rule rule) {
		page.append("\n<a id=\"").append(anchor(rule.id())).append("\"></a>\n");
		page.append("### ").append(rule.id()).append(": ").append(rule.title()).append("\n\n");
		page.append("- Default severity: ").append(severity(rule)).append('\n');
		page.append("- Configurable in pcchat.json: ").append(yesNo(rule.isConfigurable())).append('\n');
		page.append("- Suppressible by a comment: ").append(yesNo(rule.isSuppressible())).append('\n');
		page.append("- Quick fix: ").append(yesNo(rule.hasQuickFix())).append('\n');
		page.append("- Source: ").append(link(rule.source())).append("\n\n");
		page.append("Requirement: ").append(rule.requirement()).append('\n');
		rule.productRequirements().forEach((product, requirement) -> page.append("(").append(product).append(": ")
				.append(requirement).append(")\n"));
		page.append('\n').append(rule.documentation()).append("\n\nFix: ").append(rule.fix()).append('\n');
	}

	/** Every page the rules and the checklists cite, in the table's order. */
	private static void sources(StringBuilder page) {
		page.append("\n## Sources\n\nThe pages the rules restate and the checklists cite:\n\n");
		for (Source source : Sources.all()) {
			page.append("- ").append(link(source)).append('\n');
		}
	}

	private static String link(Source source) {
		return "[" + source.title() + "](" + source.url() + ")";
	}

	private static String severity(Rule rule) {
		return rule.defaultSeverity().name().toLowerCase(Locale.ROOT);
	}

	private static String yesNo(boolean value) {
		return value ? "yes" : "no";
	}
}
