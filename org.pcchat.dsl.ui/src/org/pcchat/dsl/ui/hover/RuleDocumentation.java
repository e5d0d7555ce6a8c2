package org.pcchat.dsl.ui.hover;

import org.pcchat.dsl.ui.PctopoUi;
import org.pcchat.dsl.ui.reconciling.DiagnosticAnnotation;
import org.pcchat.dsl.validation.Rule;
import org.pcchat.dsl.validation.RuleCatalogue;

/** A diagnostic explained from the rule catalogue: rule ID and title, the message, the rule's documentation. */
final class RuleDocumentation {

	private final RuleCatalogue catalogue = PctopoUi.injector().getInstance(RuleCatalogue.class);

	String text(DiagnosticAnnotation diagnostic) {
		String id = diagnostic.ruleId();
		String message = diagnostic.message();
		if (id == null || !catalogue.contains(id)) {
			return new HoverText(HoverText.wrap(diagnostic.getText())).toString();
		}
		Rule rule = catalogue.get(id);
		return new HoverText(rule.id() + " " + rule.title()).line(message).paragraph(rule.documentation())
				.paragraph("Fix: " + rule.fix()).paragraph("Source: " + rule.source().title() + ", " + rule.source().url())
				.toString();
	}
}
