package org.pcchat.dsl.cli;

/** Severities as printed: the words compilers use, so that editors and CI parsers recognise them. */
enum Severity {
	ERROR("error"),
	WARNING("warning"),
	INFO("info");

	private final String label;

	Severity(String label) {
		this.label = label;
	}

	String label() {
		return label;
	}
}
