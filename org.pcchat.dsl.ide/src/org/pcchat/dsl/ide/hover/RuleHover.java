package org.pcchat.dsl.ide.hover;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.xtext.validation.Issue;
import org.pcchat.dsl.ide.hover.HoverContent.Code;
import org.pcchat.dsl.ide.hover.HoverContent.Link;
import org.pcchat.dsl.rules.Rule;
import org.pcchat.dsl.rules.RuleCatalogue;

import com.google.inject.Inject;

/**
 * What a hover says about a diagnosed rule, from its catalogue entry: the rule's ID and title, the
 * diagnostic's message where the editor does not show it already, the documentation, the fix, the
 * default severity and source, and how to suppress it. Eclipse and the language server alike.
 */
public class RuleHover {

	@Inject
	private RuleCatalogue catalogue;

	/**
	 * The explanation of rule {@code ruleId}, empty for a code the catalogue does not know.
	 *
	 * @param message       the diagnostic's message, or null to leave it to the editor
	 * @param documentation the link to the rule's documentation page, if there is one
	 */
	public Optional<HoverContent> explain(String ruleId, String message, Optional<String> documentation) {
		if (ruleId == null || !catalogue.contains(ruleId)) {
			return Optional.empty();
		}
		Rule rule = catalogue.get(ruleId);
		HoverContent hover = new HoverContent(rule.id() + ": " + rule.title(), null);
		if (message != null) {
			hover.paragraph(message);
		}
		hover.paragraph(rule.documentation()).paragraph("Fix: " + rule.fix());
		String severity = "Default severity: " + rule.defaultSeverity().name().toLowerCase(Locale.ROOT) + " · Source: ";
		Link source = new Link(rule.source().title(), rule.source().url());
		hover.paragraph(documentation.<Object[]>map(link -> new Object[] { severity, source, " · ", new Link("Documentation", link) })
				.orElse(new Object[] { severity, source }));
		if (rule.isSuppressible()) {
			hover.paragraph("To accept it here, write ", new Code("// pcchat-ignore " + rule.id() + ": reason"),
					" on the line before the element.");
		}
		return Optional.of(hover);
	}

	/**
	 * Markdown for the rules of these issues, each once, in their order, separated by rules; empty
	 * when none is in the catalogue. The editor shows the messages itself.
	 */
	public String markdown(List<Issue> issues, Function<String, Optional<String>> documentation) {
		Set<String> rules = new LinkedHashSet<>();
		issues.forEach(issue -> rules.add(issue.getCode()));
		StringBuilder markdown = new StringBuilder();
		for (String id : rules) {
			explain(id, null, documentation.apply(id)).ifPresent(hover -> markdown
					.append(markdown.isEmpty() ? "" : "\n\n---\n\n").append(hover.markdown()));
		}
		return markdown.toString();
	}
}
