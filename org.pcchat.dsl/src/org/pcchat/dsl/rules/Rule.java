package org.pcchat.dsl.rules;

import java.util.Map;

import org.eclipse.xtext.diagnostics.Severity;

/**
 * One rule of the catalogue: its ID, a short title worded as the violation, the severity it has
 * unless configured, the documentation paragraph, the page it restates (from the table of
 * sources), whether a quick fix exists, the requirement it checks as one positive sentence (with
 * the products whose requirement differs), how to fix a violation, and whether pcchat.json may
 * change its severity and a {@code // pcchat-ignore} comment suppress it.
 */
public record Rule(String id, String title, Severity defaultSeverity, String documentation, Source source,
		boolean hasQuickFix, String requirement, Map<String, String> productRequirements, String fix,
		boolean configurable, boolean suppressible) {

	public Rule {
		productRequirements = Map.copyOf(productRequirements);
	}

	/**
	 * The requirement as the product (a {@code product} keyword such as {@code SkypeForBusiness2015})
	 * states it; the first product's where the others do not differ.
	 */
	public String requirementFor(String product) {
		return product == null ? requirement : productRequirements.getOrDefault(product, requirement);
	}

	/** Whether pcchat.json may change its severity ({@code PCnnn.configurable}, true unless the catalogue says false). */
	public boolean isConfigurable() {
		return configurable;
	}

	/** PC9xx rules are about pcchat's own files and comments, not about the topology. */
	public boolean isToolRule() {
		return id.startsWith("PC9");
	}

	/** Whether a {@code // pcchat-ignore} comment may suppress it ({@code PCnnn.suppressible}, true unless the catalogue says false). */
	public boolean isSuppressible() {
		return suppressible;
	}
}
