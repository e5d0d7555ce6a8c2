package org.pcchat.dsl.validation;

import java.util.Map;

import org.eclipse.xtext.diagnostics.Severity;

/**
 * One rule of the catalogue: its ID, a short title worded as the violation, the severity it has
 * unless configured, the documentation paragraph, the page it restates (from the table of
 * sources), whether a quick fix exists, the requirement it checks as one positive sentence (with
 * the products whose requirement differs) and how to fix a violation.
 */
public record Rule(String id, String title, Severity defaultSeverity, String documentation, Source source,
		boolean hasQuickFix, String requirement, Map<String, String> productRequirements, String fix) {

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

	/**
	 * PC001 to PC003 (syntax, links, names) keep their severity whatever the configuration says, and
	 * so does PC901: the configuration cannot hide its own mistakes.
	 */
	public boolean isConfigurable() {
		return id.compareTo(Rules.DUPLICATE_NAME) > 0 && !id.equals(Rules.INVALID_CONFIGURATION);
	}

	/** PC9xx rules are about pcchat's own files and comments, not about the topology. */
	public boolean isToolRule() {
		return id.startsWith("PC9");
	}

	/** Whether a {@code // pcchat-ignore} comment may suppress it: the configurable topology rules. */
	public boolean isSuppressible() {
		return isConfigurable() && !isToolRule();
	}
}
