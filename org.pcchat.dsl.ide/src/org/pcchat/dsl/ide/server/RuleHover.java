package org.pcchat.dsl.ide.server;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.xtext.validation.Issue;
import org.pcchat.dsl.validation.Rule;
import org.pcchat.dsl.validation.RuleCatalogue;

import com.google.inject.Inject;

/** What a hover says about the diagnostics under the cursor: each rule's catalogue entry, once. */
public class RuleHover {

	@Inject
	private RuleCatalogue catalogue;

	@Inject
	private ServerSettings settings;

	/** Markdown for the rules of these issues, in their order; empty when none is in the catalogue. */
	public String explain(List<Issue> issues) {
		Set<String> rules = new LinkedHashSet<>();
		for (Issue issue : issues) {
			if (issue.getCode() != null && catalogue.contains(issue.getCode())) {
				rules.add(issue.getCode());
			}
		}
		StringBuilder markdown = new StringBuilder();
		for (String id : rules) {
			if (!markdown.isEmpty()) {
				markdown.append("\n\n---\n\n");
			}
			markdown.append(explain(catalogue.get(id)));
		}
		return markdown.toString();
	}

	private String explain(Rule rule) {
		StringBuilder markdown = new StringBuilder();
		markdown.append("**").append(rule.id()).append(": ").append(rule.title()).append("**\n\n");
		markdown.append(rule.documentation()).append("\n\n");
		markdown.append("Fix: ").append(rule.fix()).append("\n\n");
		markdown.append("Default severity: ").append(rule.defaultSeverity().name().toLowerCase(Locale.ROOT));
		markdown.append(" · Source: [").append(rule.source().title()).append("](").append(rule.source().url()).append(')');
		settings.ruleLink(rule.id()).ifPresent(link -> markdown.append(" · [Documentation](").append(link).append(')'));
		if (rule.isSuppressible()) {
			markdown.append("\n\nTo accept it here, write `// pcchat-ignore ").append(rule.id())
					.append(": reason` on the line before the element.");
		}
		return markdown.toString();
	}
}
