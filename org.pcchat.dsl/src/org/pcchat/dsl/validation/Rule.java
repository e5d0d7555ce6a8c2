package org.pcchat.dsl.validation;

import org.eclipse.xtext.diagnostics.Severity;

/**
 * One rule of the catalogue: its ID, a short title, the severity it has unless configured, the
 * documentation paragraph, the Microsoft document it restates, and whether a quick fix exists.
 */
public record Rule(String id, String title, Severity defaultSeverity, String documentation, String source,
		boolean hasQuickFix) {

	/**
	 * PC001 to PC003 (syntax, links, names) keep their severity whatever the configuration says, and
	 * so does PC901: the configuration cannot hide its own mistakes.
	 */
	public boolean isConfigurable() {
		return id.compareTo(Rules.DUPLICATE_NAME) > 0 && !id.equals(Rules.INVALID_CONFIGURATION);
	}

	/** PC9xx rules are about pcchat's own files and comments, not about the topology (DOMAIN.md has none). */
	public boolean isToolRule() {
		return id.startsWith("PC9");
	}

	/** Whether a {@code // pcchat-ignore} comment may suppress it: the configurable topology rules. */
	public boolean isSuppressible() {
		return isConfigurable() && !isToolRule();
	}
}
