package org.pcchat.dsl.validation;

import org.eclipse.xtext.diagnostics.Severity;

/**
 * One rule of the catalogue: its ID, a short title, the severity it has unless configured, the
 * documentation paragraph, the Microsoft document it restates, and whether a quick fix exists.
 */
public record Rule(String id, String title, Severity defaultSeverity, String documentation, String source,
		boolean hasQuickFix) {

	/** PC001 to PC003 (syntax, links, names) keep their severity whatever the configuration says. */
	public boolean isConfigurable() {
		return id.compareTo("PC003") > 0;
	}
}
