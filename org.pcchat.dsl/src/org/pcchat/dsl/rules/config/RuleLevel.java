package org.pcchat.dsl.rules.config;

import java.util.Locale;

import org.eclipse.xtext.diagnostics.Severity;

/** A level a rule can be set to in {@code pcchat.json}: a severity, or {@code off}. */
public enum RuleLevel {
	ERROR(Severity.ERROR), WARNING(Severity.WARNING), INFO(Severity.INFO), OFF(null);

	private final Severity severity;

	RuleLevel(Severity severity) {
		this.severity = severity;
	}

	/** The severity to report with; null for {@code off} (not reported). */
	public Severity severity() {
		return severity;
	}

	/** The spelling in pcchat.json: lower case. */
	public String spelling() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The level written as {@code text} (exactly as {@link #spelling()}), or null when there is none. */
	public static RuleLevel parse(String text) {
		for (RuleLevel level : values()) {
			if (level.spelling().equals(text)) {
				return level;
			}
		}
		return null;
	}
}
